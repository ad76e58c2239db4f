import { AppError } from '../shared/index.ts'
import type { TreeNode } from './decision-tree.ts'
import { algorithms, type TrainedModel } from './types.ts'

/** How one source column becomes model inputs, fitted on the training rows. */
export type ColumnEncoding =
  | { readonly kind: 'categorical'; readonly column: string; readonly levels: readonly string[] }
  | {
      readonly kind: 'standardized'
      readonly column: string
      readonly mean: number
      readonly sd: number
      readonly missingIndicator: boolean
    }
  | { readonly kind: 'binned'; readonly column: string; readonly edges: readonly number[] }

export type DroppedColumn = { readonly column: string; readonly reason: 'empty' | 'constant' }

/** The fitted feature handling: kept columns in order, and the columns left out with why. */
export type FeatureEncoder = {
  readonly columns: readonly ColumnEncoding[]
  readonly dropped: readonly DroppedColumn[]
}

export type LogisticParameters = {
  readonly kind: 'logistic'
  readonly encoder: FeatureEncoder
  readonly intercept: number
  /** One per encoded input, in encoder order (one-hot levels, standardized value, missing flag). */
  readonly coefficients: readonly number[]
  readonly l2: number
  readonly iterations: number
  readonly converged: boolean
}

export type GbdtParameters = {
  readonly kind: 'gbdt'
  readonly encoder: FeatureEncoder
  readonly baseLogOdds: number
  readonly trees: readonly TreeNode[]
  /** Rounds tried before early stopping; `trees.length` is the best round kept. */
  readonly roundsTried: number
  readonly validationLogLoss: number | null
}

export type ModelParameters = LogisticParameters | GbdtParameters

/** The learner parameters of a model, or request.invalid when the model is not one Baton can read. */
export function readParameters(model: TrainedModel): ModelParameters {
  const value: unknown = model
  if (!isRecord(value) || value.format !== 'baton-model/1') {
    throw new AppError(
      'request.invalid',
      'unknown model format: expected "baton-model/1"; retrain the model',
      {
        details: { format: isRecord(value) ? value.format : undefined },
      },
    )
  }
  const parameters = value.parameters
  const known = (algorithms as readonly unknown[]).includes(value.algorithm)
  if (!known || !isRecord(parameters) || parameters.kind !== value.algorithm) {
    throw new AppError(
      'request.invalid',
      'the model parameters do not match its algorithm; retrain the model',
      {
        details: { algorithm: value.algorithm },
      },
    )
  }
  if (!isRecord(parameters.encoder) || !Array.isArray(parameters.encoder.columns)) {
    throw new AppError('request.invalid', 'the model has no feature encoder; retrain the model')
  }
  return parameters as ModelParameters
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
