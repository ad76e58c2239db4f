import type { UseCaseContext } from '../app/context.ts'
import { createExperiment, experimentReport } from '../app/experiments/experiments.ts'
import { createPlan, getPlan, listPlans } from '../app/planning/plans.ts'
import { ratesFromHistory } from '../app/planning/rates-from-history.ts'
import { trackPlan } from '../app/planning/track-plan.ts'
import { whatIfPlan } from '../app/planning/what-if-plan.ts'
import type { PlanningBackend } from '../cli/planning-backend.ts'

/** The plan and experiment commands run directly on an open database. */
export function localPlanning(ctx: UseCaseContext): PlanningBackend {
  return {
    historyRates: (options) => ratesFromHistory(ctx, options),
    createPlan: (document) => createPlan(ctx, document),
    getPlan: (id) => getPlan(ctx, id),
    listPlans: () => listPlans(ctx),
    trackPlan: (id) => trackPlan(ctx, id),
    whatIf: (id, set) => whatIfPlan(ctx, id, set),
    createExperiment: (document) => createExperiment(ctx, document),
    experimentReport: (id) => experimentReport(ctx, id),
  }
}
