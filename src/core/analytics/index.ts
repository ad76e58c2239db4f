// Analytics: every number is computed from stored facts (people, activities, stage events, spend),
// so any past period can be recomputed; rates are shares in 0..1 and money is in cents.
export {
  buildQualityReport,
  type PipelineFacts,
  type QualityFacts,
  type QualityReport,
  type QualityRow,
} from './build-quality-report.ts'
export {
  buildFunnelReport,
  totalGroup,
  type Conversion,
  type FunnelFacts,
  type FunnelGroup,
  type FunnelReport,
} from './build-funnel-report.ts'
export {
  buildVelocityReport,
  type StageTime,
  type VelocityFacts,
  type VelocityGroup,
  type VelocityReport,
} from './build-velocity-report.ts'
export { funnelPairs, leadPath, type StagePair } from './funnel-pairs.ts'
export {
  addBusinessVelocity,
  type BusinessHours,
  type StageInterval,
} from './add-business-velocity.ts'
export { funnelDimensions, toFunnelDimension, type FunnelDimension } from './funnel-dimensions.ts'
export { rateOf, type Rate } from './rate.ts'
export {
  buildPipelineReport,
  type PipelineCloseFact,
  type DealPipelineFacts,
  type PipelineGroup,
  type PipelinePolicy,
  type PipelineReport,
  type PipelineStage,
  type PipelineStageFact,
} from './build-pipeline-report.ts'
export {
  pipelineDimensions,
  toPipelineDimension,
  type PipelineDimension,
} from './pipeline-dimensions.ts'
export {
  buildCostReport,
  type CostFact,
  type CostReport,
  type CostRow,
  type UnitCost,
} from './build-cost-report.ts'
export {
  buildDispositionReport,
  type DispositionFact,
  type DispositionReason,
  type DispositionReport,
  type DispositionStage,
} from './build-disposition-report.ts'
export {
  buildCustomerReport,
  type CustomerFact,
  type CustomerGroup,
  type CustomerReport,
  type MarketFact,
  type MarketShare,
} from './build-customer-report.ts'
export { toMarketPeriod, type MarketPeriod } from './to-market-period.ts'
export {
  attributionModels,
  buildAttributionReport,
  nonMarketingOrigins,
  wShapeWeights,
  type AttributionFacts,
  type AttributionModel,
  type AttributionReport,
  type AttributionRow,
  type ChannelCredit,
  type Reach,
  type ReachFact,
} from './build-attribution-report.ts'
export {
  buildLeakReport,
  type ComplianceFact,
  type ConversionTarget,
  type Leak,
  type LeakReport,
} from './build-leak-report.ts'
export {
  buildSlaReport,
  type BreachRow,
  type SlaFacts,
  type SlaOwner,
  type SlaReport,
} from './build-sla-report.ts'
export {
  buildSlaGroup,
  type ElapsedTime,
  type EscalationCount,
  type PriorityTally,
  type SlaGroup,
} from './build-sla-group.ts'
export { clockStateAt, tallyClocks, type ClockState, type ClockTally } from './tally-clocks.ts'
export { slaDimensions, toSlaDimension, type SlaDimension } from './sla-dimensions.ts'
export { percentileOf } from './percentile-of.ts'
export {
  buildSegmentReport,
  type CustomerRevenueFact,
  type IcpFact,
  type LostDealFact,
  type SegmentCustomer,
  type SegmentFacts,
  type SegmentReport,
} from './build-segment-report.ts'
export { classifyPareto, paretoClasses, paretoCuts, type ParetoClass } from './classify-pareto.ts'
export { quintiles, scoreRfm, type RfmScore } from './score-rfm.ts'
export {
  buildActivityReport,
  type ActivityCount,
  type ActivityGoalResult,
  type ActivityRep,
  type ActivityReport,
  type RepActivity,
} from './build-activity-report.ts'
export { buildDigest, type Digest, type DigestKpi, type DigestWeek } from './build-digest.ts'
export { lastDigestDue } from './last-digest-due.ts'
export { digestMessage } from './digest-message.ts'
