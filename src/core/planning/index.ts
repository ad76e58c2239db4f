// Planning: reverse funnel math. From a revenue target per period and segment and rates per channel
// (conversion, average deal, lag), the wins, opportunities, SQLs, MQLs and inquiries required, by
// source and by ISO week of creation. Invariants: every stage is rounded up before the one above it
// is computed (a plan never under-plans); a missing, zero or over-1 rate is an error naming it.
export { applyWhatIf, toWhatIfChange, type WhatIfChange } from './apply-what-if.ts'
export { buildPlan, type PlanLine, type PlanResult, type ScheduleRow } from './build-plan.ts'
export {
  checkCapacity,
  type CapacityCheck,
  type CapacityWeek,
  type TeamCapacity,
} from './check-capacity.ts'
export { checkRate, rateLabel } from './check-rate.ts'
export {
  compareSalesModels,
  type SalesModel,
  type SalesModelOutcome,
} from './compare-sales-models.ts'
export {
  detectDrift,
  type Drift,
  type DriftPolicy,
  type DriftStatus,
  type RateObservation,
} from './detect-drift.ts'
export { addDays, dayOf, isoWeekOf, toDay, weekStartOf } from './iso-week.ts'
export { leadDays } from './lead-days.ts'
export { planError } from './plan-error.ts'
export { requiredFunnel } from './required-funnel.ts'
export { roundUp } from './round-up.ts'
export { scheduleStage, type WeekCount } from './schedule-stage.ts'
export { trackWeeks, type ActualWeek, type TrackedWeek } from './track-weeks.ts'
export * from './types.ts'
export {
  whatIfDelta,
  type InquiryCost,
  type WhatIfChannel,
  type WhatIfResult,
} from './what-if-delta.ts'
