// Experiments on lead distribution (seed 004): hold out a share of leads from a rep group, or route
// through two rules A/B, and report the lift with confidence intervals. Invariants: a person's arm is
// a pure function of the experiment's seed and the person id (recorded once, never changed); every
// statistic is deterministic for the same data (the bootstrap is seeded).
export { armRoutingBar, type ArmInExperiment } from './arm-routing-bar.ts'
export { assignArm } from './assign-arm.ts'
export { bootstrapDifference, type BootstrapInterval } from './bootstrap-difference.ts'
export {
  buildExperimentReport,
  type ArmComparison,
  type ArmResult,
  type ExperimentReport,
  type LeadOutcome,
} from './build-experiment-report.ts'
export { checkDesign } from './check-design.ts'
export { hashShare } from './hash-share.ts'
export { normalQuantile } from './normal-quantile.ts'
export { sampleSizePerArm } from './sample-size.ts'
export { twoProportionInterval, type ProportionInterval } from './two-proportion-interval.ts'
export type * from './types.ts'
