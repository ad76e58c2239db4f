import { AppError } from '../shared/index.ts'
import { fitEncoder } from './fit-encoder.ts'
import type { ModelParameters } from './model-parameters.ts'
import { resolveTrainOptions, type ResolvedTrainOptions } from './resolve-train-options.ts'
import { trainGbdt } from './train-gbdt.ts'
import { trainLogistic } from './train-logistic.ts'
import type { TrainingSet } from './training-set.ts'
import type { Table, TrainedModel, TrainOptions } from './types.ts'

const minRows = 10

/**
 * Learns P(target) from the table's feature columns with the chosen algorithm; deterministic for a
 * given seed. Throws request.invalid, saying what to fix, when the rows cannot teach anything.
 */
export function trainModel(
  table: Table,
  target: readonly boolean[],
  options: TrainOptions,
): TrainedModel {
  const resolved = resolveTrainOptions(options)
  checkRows(table, target)
  const features = checkFeatures(table, options.features)
  const mode = resolved.algorithm === 'logistic' ? 'linear' : 'binned'
  const encoder = fitEncoder(table, features, { mode, bins: resolved.bins })
  if (encoder.columns.length === 0) {
    const dropped = encoder.dropped.map((column) => `${column.column} (${column.reason})`)
    throw new AppError(
      'request.invalid',
      `no usable feature: every column is empty or constant (${dropped.join(', ')}); add columns that vary between rows`,
      { details: { dropped: encoder.dropped } },
    )
  }
  const parameters = learn(resolved, { encoder, table, target })
  return {
    format: 'baton-model/1',
    algorithm: resolved.algorithm,
    features: encoder.columns.map((column) => column.column),
    parameters,
    trainedRows: target.length,
    positiveRate: target.filter(Boolean).length / target.length,
  }
}

function learn(options: ResolvedTrainOptions, training: TrainingSet): ModelParameters {
  switch (options.algorithm) {
    case 'logistic':
      return trainLogistic(training, options.l2)
    case 'gbdt':
      return trainGbdt(training, options)
  }
}

function checkRows(table: Table, target: readonly boolean[]): void {
  if (table.rows.length !== target.length) {
    throw invalid(
      `the table has ${table.rows.length} rows but the target has ${target.length} values; give one outcome per row`,
      { rows: table.rows.length, targets: target.length },
    )
  }
  if (target.length < minRows) {
    throw invalid(`only ${target.length} rows: give at least ${minRows} rows with known outcomes`, {
      rows: target.length,
    })
  }
  const positives = target.filter(Boolean).length
  if (positives === 0 || positives === target.length) {
    const only = positives === 0 ? 'negatives' : 'positives'
    const missing =
      positives === 0 ? 'conversions or closed-won' : 'disqualified, unresponsive or closed-lost'
    throw invalid(
      `the target has only ${only}: nothing to learn; add rows with ${missing} outcomes`,
      {
        positives,
        rows: target.length,
      },
    )
  }
}

function checkFeatures(table: Table, features: readonly string[] | undefined): string[] {
  const wanted = [...new Set(features ?? table.columns)]
  if (wanted.length === 0) {
    throw invalid('no feature columns given: list at least one column to learn from', {
      features: [],
    })
  }
  const absent = wanted.filter((name) => !table.columns.includes(name))
  if (absent.length > 0) {
    throw invalid(
      `feature column${absent.length > 1 ? 's' : ''} ${absent.map((name) => `"${name}"`).join(', ')} not in the table; the table has ${table.columns.join(', ')}`,
      { absent },
    )
  }
  return wanted
}

function invalid(message: string, details: Record<string, unknown>): AppError {
  return new AppError('request.invalid', message, { details })
}
