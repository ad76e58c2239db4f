import {
  describeContributions,
  evaluateScores,
  explainRows,
  predictProbabilities,
  type Evaluation,
} from '../../core/predict/index.ts'
import { toCell, type LabeledTable } from './labeled-table.ts'
import type { StoredModel } from './stored-model.ts'

/** One scored row: P(positive) and the top-3 reasons in words. */
export type RowScore = { readonly probability: number; readonly explanation: string }

/** Scores a batch of CSV records (columns matched by header name; absent ones read as missing). */
export function scoreRecords(
  stored: StoredModel,
  header: readonly string[],
  records: readonly (readonly string[])[],
): RowScore[] {
  const table = {
    columns: header,
    rows: records.map((record) => header.map((_, index) => toCell(record[index]))),
  }
  const probabilities = predictProbabilities(stored.model, table)
  const reasons = explainRows(stored.model, table, 3)
  return probabilities.map((probability, row) => ({
    probability,
    explanation: describeContributions(reasons[row] ?? []),
  }))
}

export type EvaluationReport = Evaluation & {
  readonly blankTarget: number
  readonly malformed: number
}

/** Every measure of the stored model on labelled rows (the target column must be present). */
export function evaluatePredictor(stored: StoredModel, data: LabeledTable): EvaluationReport {
  return {
    ...evaluateScores(predictProbabilities(stored.model, data.table), data.labels),
    blankTarget: data.blankTarget,
    malformed: data.malformed,
  }
}
