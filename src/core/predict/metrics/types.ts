// Shapes returned by evaluation and splitting. Labels are booleans (true = converted); every index
// refers to a row position in the caller's arrays.

/** Row positions of one train/test partition; both lists are ascending. */
export type Split = { readonly train: readonly number[]; readonly test: readonly number[] }

/** One equal-width probability bin; the statistics are null when no row falls in it. */
export type CalibrationRow = {
  readonly bin: number
  readonly lower: number
  readonly upper: number
  readonly count: number
  readonly meanPredicted: number | null
  readonly observedRate: number | null
}

/** One tenth of the rows ranked by score (decile 1 = highest); rate and lift are null when empty. */
export type LiftRow = {
  readonly decile: number
  readonly count: number
  readonly positives: number
  readonly rate: number | null
  readonly lift: number | null
  /** Share of all positives captured by this decile and the ones above it, 0..1. */
  readonly cumulativeGain: number
}

/** Every quality measure of one set of scored rows against their outcomes. */
export type Evaluation = {
  readonly rows: number
  readonly positives: number
  readonly baseRate: number
  readonly rocAuc: number
  readonly prAuc: number
  readonly logLoss: number
  readonly brierScore: number
  readonly calibration: readonly CalibrationRow[]
  readonly lift: readonly LiftRow[]
}
