// Scoring: a person's score = fit (facts) + engagement (events, capped per period, decayed by
// half-life) + intent (third-party signals), rolled up to the account. Invariants: the model is
// data; "now" is a parameter; every point is a contribution naming its rule and event, and the
// contributions sum exactly (to the cent) to the score.
export { crossedThresholds } from './crossed-thresholds.ts'
export { decayFactor } from './decay-factor.ts'
export {
  defaultInactivityDays,
  detectReEngagement,
  type ReEngagement,
} from './detect-re-engagement.ts'
export { matchesIdealCustomer } from './matches-ideal-customer.ts'
export { matchesPredicate, type ScoringFacts } from './matches-predicate.ts'
export type * from './person-score.ts'
export { pickBand } from './pick-band.ts'
export { planThresholdMoves, stageThresholds, type StageThreshold } from './plan-threshold-moves.ts'
export {
  rollUpAccount,
  type AccountContribution,
  type AccountScore,
  type PersonTotal,
} from './roll-up-account.ts'
export { roundToSum } from './round-to-sum.ts'
export { scorePerson, type ScoringSubject } from './score-person.ts'
export * from './types.ts'
export { validateScoreModel } from './validate-score-model.ts'
export { foldScoreState } from './fold-score-state.ts'
export { scoreTotalsFromState } from './score-totals-from-state.ts'
export { toScoreState, type ScoreState } from './score-state.ts'
export { scoreHistory } from './score-history.ts'
