// The funnel: one canonical lifecycle, and stage changes as immutable events (from, to, when, who, why).
// Invariant: a stage change always produces exactly one event and never moves a subject to its own stage;
// conversion, velocity and cohorts are answered from those events, not from a current-stage column.
export { canonicalStages, isCanonicalStage, type CanonicalStage } from './canonical-stages.ts'
export { planStageChange, type StageChangeRequest } from './plan-stage-change.ts'
export type { StageEvent, StageEventDraft, StageSubject, StageSubjectType } from './types.ts'
