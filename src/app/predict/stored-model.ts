import {
  algorithms,
  type Leak,
  type OutcomeReason,
  type TrainedModel,
} from '../../core/predict/index.ts'
import { AppError } from '../../core/shared/index.ts'

/** How the model did on rows it never saw while training. */
export type HoldoutEvaluation = {
  readonly testAuc: number
  readonly prAuc: number
  readonly logLoss: number
  readonly brier: number
  readonly baseRate: number
  readonly rows: number
  readonly positives: number
}

/** The model file: the trained model plus what it predicts, how it was checked and what it left out. */
export type StoredModel = {
  readonly model: TrainedModel
  readonly evaluation: HoldoutEvaluation
  /** Columns that were never features (besides the target): --exclude, leaks, the split's date. */
  readonly excluded: readonly string[]
  readonly leaks: readonly Leak[]
  readonly target: string
  readonly positive: string
  readonly trainedAt: string
  /** Present when trained on Baton's own outcomes (`baton model train --from-outcomes`). */
  readonly outcomes?: TrainingOutcomes
}

/** Which outcomes a model trained on Baton's history learned from. */
export type TrainingOutcomes = {
  readonly since: string | null
  readonly unresponsiveAfterDays: number
  readonly reasons: Readonly<Record<OutcomeReason, number>>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Checks parsed JSON is a model file; throws request.invalid naming what is wrong. */
export function parseStoredModel(json: unknown, source: string): StoredModel {
  const model = isRecord(json) ? json.model : undefined
  const problem = !isRecord(json)
    ? 'it is not a JSON object'
    : !isRecord(model) || model.format !== 'baton-model/1'
      ? 'it has no "model" with format "baton-model/1"'
      : !algorithms.some((name) => name === model.algorithm) || !Array.isArray(model.features)
        ? 'its model has no known algorithm or feature list'
        : typeof json.target !== 'string' || typeof json.positive !== 'string'
          ? 'it does not name the target column and positive value'
          : undefined
  if (problem !== undefined) {
    throw new AppError(
      'request.invalid',
      `${source} is not a Baton model file: ${problem} — fix: pass a file written by \`baton model train --out\``,
      { details: { file: source } },
    )
  }
  return json as StoredModel
}
