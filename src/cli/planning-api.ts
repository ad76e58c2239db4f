import type { ExperimentReportView } from '../app/experiments/experiments.ts'
import type { StoredExperiment } from '../app/experiments/experiment-ports.ts'
import type { StoredPlan } from '../app/planning/planning-ports.ts'
import type { HistoryRates } from '../app/planning/rates-from-history.ts'
import type { PlanTracking } from '../app/planning/track-plan.ts'
import type { PlanWhatIf } from '../app/planning/what-if-plan.ts'
import type { PlanningBackend } from './planning-backend.ts'

type Wire = Record<string, unknown>
type Call = (method: string, path: string, body?: unknown) => Promise<Wire>

const id = (value: string) => encodeURIComponent(value)

// The commands print these as they come (JSON, or tables of numbers and ISO strings).
/** The plan and experiment commands over a running server's API (`call` sends one request). */
export function planningApi(call: Call): PlanningBackend {
  return {
    historyRates: async ({ months, minSample }) =>
      (await call(
        'GET',
        `/v1/plans/rates?months=${months}&minSample=${minSample}`,
      )) as unknown as HistoryRates,
    createPlan: async (document) =>
      (await call('POST', '/v1/plans', { document })) as unknown as StoredPlan,
    getPlan: async (planId) =>
      (await call('GET', `/v1/plans/${id(planId)}`)) as unknown as StoredPlan,
    listPlans: async () => {
      const items = (await call('GET', '/v1/plans'))['items'] as Wire[]
      return Promise.all(
        items.map(
          async (item) =>
            (await call('GET', `/v1/plans/${id(String(item['id']))}`)) as unknown as StoredPlan,
        ),
      )
    },
    trackPlan: async (planId) =>
      (await call('GET', `/v1/plans/${id(planId)}/actual`)) as unknown as PlanTracking,
    whatIf: async (planId, set) =>
      (await call('POST', `/v1/plans/${id(planId)}/what-if`, { set })) as unknown as PlanWhatIf,
    createExperiment: async (document) =>
      (await call('POST', '/v1/experiments', { document })) as unknown as StoredExperiment,
    experimentReport: async (experimentId) =>
      (await call(
        'GET',
        `/v1/experiments/${id(experimentId)}/report`,
      )) as unknown as ExperimentReportView,
  }
}
