// Metrics: how well predicted probabilities rank and calibrate against real outcomes, and how rows are
// split for honest evaluation. Labels are booleans (true = converted); splits return row positions,
// ascending, with every row on exactly one side; everything seeded is deterministic by seed.
export { brierScore } from './brier-score.ts'
export { calibrationTable } from './calibration-table.ts'
export { evaluateScores } from './evaluate-scores.ts'
export { kFolds } from './k-folds.ts'
export { liftByDecile } from './lift-by-decile.ts'
export { logLoss } from './log-loss.ts'
export { prAuc } from './pr-auc.ts'
export { rocAuc } from './roc-auc.ts'
export { stratifiedSplit } from './stratified-split.ts'
export { timeOrderedSplit } from './time-ordered-split.ts'
export type { CalibrationRow, Evaluation, LiftRow, Split } from './types.ts'
