import type { ExperimentReportView } from '../app/experiments/experiments.ts'
import type { StoredExperiment } from '../app/experiments/experiment-ports.ts'
import type { StoredPlan } from '../app/planning/planning-ports.ts'
import type { HistoryRates } from '../app/planning/rates-from-history.ts'
import type { PlanTracking } from '../app/planning/track-plan.ts'
import type { PlanWhatIf } from '../app/planning/what-if-plan.ts'

/** What the plan and experiment commands ask of Baton, on the database or a running server. */
export interface PlanningBackend {
  historyRates(options: {
    readonly months: number
    readonly minSample: number
  }): Promise<HistoryRates>
  createPlan(document: unknown): Promise<StoredPlan>
  getPlan(id: string): Promise<StoredPlan>
  listPlans(): Promise<readonly StoredPlan[]>
  trackPlan(id: string): Promise<PlanTracking>
  whatIf(id: string, set: readonly string[]): Promise<PlanWhatIf>
  createExperiment(document: unknown): Promise<StoredExperiment>
  experimentReport(id: string): Promise<ExperimentReportView>
}
