import type { StoredPlan } from '../app/planning/planning-ports.ts'
import type { PlanTracking } from '../app/planning/track-plan.ts'
import type { PlanWhatIf } from '../app/planning/what-if-plan.ts'

// The planning routes answer the use cases' own values as plain JSON: instants become ISO strings.
type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T

/** GET /v1/plans/{id}. */
export type PlanBody = Wire<StoredPlan>
/** One of GET /v1/plans' items: the plan without its assumptions, with its required totals. */
export type PlanSummaryBody = Pick<
  PlanBody,
  'id' | 'name' | 'periodStart' | 'periodEnd' | 'createdBy' | 'createdAt'
> & { total: PlanBody['result']['plan']['total'] }
/** GET /v1/plans/{id}/actual. */
export type PlanTrackingBody = Wire<PlanTracking>
/** POST /v1/plans/{id}/what-if. */
export type PlanWhatIfBody = Wire<PlanWhatIf>
