// Closed-loop outcomes as training data: who converted (positive) and who was disqualified, lost or
// went silent (negative), decided at one instant; features are what was known at capture plus the
// engagement before that instant, never after it.
export {
  classifyOutcome,
  outcomeReasons,
  type Outcome,
  type OutcomeFacts,
  type OutcomeReason,
} from './classify-outcome.ts'
export {
  captureDateColumn,
  describeFeature,
  toFeatureRecord,
  toFeatureTable,
  type CaptureFacts,
  type EngagementEvent,
  type FeatureRecord,
} from './outcome-features.ts'
export { decidePromotion, type ModelEvidence, type PromotionDecision } from './promotion-gate.ts'
export {
  defaultMinOutcomesPerClass,
  defaultUnresponsiveAfterDays,
  resolvePredictivePolicy,
  type ResolvedPredictivePolicy,
} from './predictive-policy.ts'
