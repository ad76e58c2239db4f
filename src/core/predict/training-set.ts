import type { FeatureEncoder } from './model-parameters.ts'
import type { Table } from './types.ts'

/** What a learner fits on: the rows, one outcome per row, and the feature handling fitted on them. */
export type TrainingSet = {
  readonly encoder: FeatureEncoder
  readonly table: Table
  readonly target: readonly boolean[]
}
