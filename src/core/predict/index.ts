// Predictive scoring: learn P(conversion) from closed-loop outcomes with logistic regression or boosted
// trees, score new rows and say which features moved each score. Invariants: training is deterministic
// for a seed (same inputs, byte-identical model JSON); a model is plain JSON that scores rows without
// the training data; every score is the base log-odds plus per-feature parts.
export { describeContributions } from './describe-contributions.ts'
export { explainLogOdds, explainRows } from './explain-row.ts'
export type { LogOddsParts } from './log-odds-parts.ts'
export { predictProbabilities } from './predict-probabilities.ts'
export { trainModel } from './train-model.ts'
export {
  algorithms,
  type Algorithm,
  type Cell,
  type Contribution,
  type Table,
  type TrainedModel,
  type TrainOptions,
} from './types.ts'

export * from './metrics/index.ts'
export * from './leakage/index.ts'
export * from './outcomes/index.ts'
export * from './lookalike/index.ts'
