// Predictive scoring learns P(conversion) from closed-loop outcomes. These types are the contract
// between feature handling, the learners, evaluation and the adapters (CLI, registry).

/** A raw cell as read from a CSV or the database: text, number, or missing. */
export type Cell = string | number | null

/** Column-oriented data: `columns[i]` names the values in `rows[r][i]`. */
export type Table = {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly Cell[])[]
}

export const algorithms = ['logistic', 'gbdt'] as const
export type Algorithm = (typeof algorithms)[number]

export type TrainOptions = {
  readonly algorithm: Algorithm
  readonly seed: number
  /** Columns to use; absent means every column of the table. */
  readonly features?: readonly string[]
  /** L2 penalty for logistic regression (default 1). */
  readonly l2?: number
  /** Gradient boosting: rounds, learning rate, depth, leaves, bins, early-stopping patience. */
  readonly rounds?: number
  readonly learningRate?: number
  readonly maxDepth?: number
  readonly minLeafSize?: number
  readonly bins?: number
  readonly earlyStoppingRounds?: number
  /** Share of training rows held out for early stopping (gbdt), default 0.15. */
  readonly validationShare?: number
}

/** One feature's push on a row's score, in log-odds, with the row's value in words. */
export type Contribution = {
  readonly feature: string
  readonly value: string
  readonly logOdds: number
}

/** A trained model as plain JSON: everything needed to score new rows without the training data. */
export type TrainedModel = {
  readonly format: 'baton-model/1'
  readonly algorithm: Algorithm
  readonly features: readonly string[]
  /** Encoders, coefficients or trees: owned by the learner; opaque to adapters. */
  readonly parameters: unknown
  readonly trainedRows: number
  readonly positiveRate: number
}
