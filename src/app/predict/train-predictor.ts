import {
  describeLeaks,
  evaluateScores,
  findLeakyColumns,
  predictProbabilities,
  rocAuc,
  stratifiedSplit,
  timeOrderedSplit,
  trainModel,
  type Algorithm,
  type Split,
  type Table,
  type TrainedModel,
} from '../../core/predict/index.ts'
import { AppError } from '../../core/shared/index.ts'
import type { LabeledTable } from './labeled-table.ts'
import type { HoldoutEvaluation, StoredModel } from './stored-model.ts'

export const algorithmChoices = ['logistic', 'gbdt', 'auto'] as const
export type AlgorithmChoice = (typeof algorithmChoices)[number]

export type TrainRequest = {
  readonly data: LabeledTable
  readonly exclude: readonly string[]
  readonly allow: readonly string[]
  readonly algorithm: AlgorithmChoice
  readonly seed: number
  readonly now: Date
}

/** How the rows were split into training and test. */
export type SplitReport =
  | {
      readonly method: 'time'
      readonly column: string
      readonly train: number
      readonly test: number
    }
  | {
      readonly method: 'stratified'
      readonly testShare: number
      readonly train: number
      readonly test: number
    }

export type TrainReport = {
  readonly stored: StoredModel
  readonly split: SplitReport
  /** With `auto`, each learner's AUC on a validation slice of the training rows. */
  readonly candidates: readonly { readonly algorithm: Algorithm; readonly validationAuc: number }[]
  /** The leakage guard's warning, empty when nothing was flagged. */
  readonly leakWarning: string
  readonly blankTarget: number
  readonly malformed: number
}

const testShare = 0.3
const validationShare = 0.2
const dateLike = /date|time/i
const isoDate =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Trains a model on labelled rows: drops excluded and leaky columns, holds out 30% (newest rows
 * when a date column exists, else stratified by outcome), and evaluates on the held-out rows.
 */
export function trainPredictor(request: TrainRequest): TrainReport {
  const { data } = request
  requireSeed(request.seed)
  const unknown = request.exclude.filter((name) => !hasColumn(data.table, name))
  if (unknown.length > 0) {
    throw new AppError(
      'request.invalid',
      `--exclude names ${unknown.map((name) => `"${name}"`).join(', ')}, not in the CSV — fix: use columns of: ${data.table.columns.join(', ')}`,
      { details: { unknown } },
    )
  }
  const requested = data.table.columns.filter((column) => matches(request.exclude, column))
  const dateColumn = findDateColumn(data.table, requested)
  const split: Split =
    dateColumn === undefined
      ? stratifiedSplit(data.labels, testShare, request.seed)
      : timeOrderedSplit(
          data.table.rows.map((row) => cellText(row[dateColumn.index])),
          testShare,
        )
  const train = pick(data.table, data.labels, split.train)
  const test = pick(data.table, data.labels, split.test)
  const candidates = data.table.columns.filter(
    (column) => !requested.includes(column) && column !== dateColumn?.name,
  )
  const leaks = findLeakyColumns(project(train.table, candidates), train.labels, {
    allow: request.allow,
  })
  const leaked = new Set(leaks.map((leak) => leak.column))
  const features = candidates.filter((column) => !leaked.has(column))
  const excluded = data.table.columns.filter((column) => !features.includes(column))
  const choice = chooseAlgorithm(request, train.table, train.labels, features)
  const model = trainModel(train.table, train.labels, {
    algorithm: choice.algorithm,
    seed: request.seed,
    features,
  })
  return {
    stored: {
      model,
      evaluation: holdout(model, test.table, test.labels),
      excluded,
      leaks,
      target: data.target,
      positive: data.positive,
      trainedAt: request.now.toISOString(),
    },
    split:
      dateColumn === undefined
        ? { method: 'stratified', testShare, train: split.train.length, test: split.test.length }
        : {
            method: 'time',
            column: dateColumn.name,
            train: split.train.length,
            test: split.test.length,
          },
    candidates: choice.candidates,
    leakWarning: describeLeaks(leaks),
    blankTarget: data.blankTarget,
    malformed: data.malformed,
  }
}

/** The held-out rows' measures, as stored in the model file. */
export function holdout(
  model: TrainedModel,
  table: Table,
  labels: readonly boolean[],
): HoldoutEvaluation {
  const evaluation = evaluateScores(predictProbabilities(model, table), labels)
  return {
    testAuc: evaluation.rocAuc,
    prAuc: evaluation.prAuc,
    logLoss: evaluation.logLoss,
    brier: evaluation.brierScore,
    baseRate: evaluation.baseRate,
    rows: evaluation.rows,
    positives: evaluation.positives,
  }
}

function chooseAlgorithm(
  request: TrainRequest,
  table: Table,
  labels: readonly boolean[],
  features: readonly string[],
): { algorithm: Algorithm; candidates: { algorithm: Algorithm; validationAuc: number }[] } {
  if (request.algorithm !== 'auto') return { algorithm: request.algorithm, candidates: [] }
  const split = stratifiedSplit(labels, validationShare, request.seed)
  const fit = pick(table, labels, split.train)
  const validation = pick(table, labels, split.test)
  const candidates = (['logistic', 'gbdt'] as const).map((algorithm) => {
    const model = trainModel(fit.table, fit.labels, { algorithm, seed: request.seed, features })
    const validationAuc = rocAuc(predictProbabilities(model, validation.table), validation.labels)
    return { algorithm, validationAuc }
  })
  const [logistic, gbdt] = candidates
  const algorithm =
    gbdt !== undefined && logistic !== undefined && gbdt.validationAuc > logistic.validationAuc
      ? 'gbdt'
      : 'logistic'
  return { algorithm, candidates }
}

/** The first column named like a date or time whose every non-blank cell is an ISO-8601 date. */
function findDateColumn(
  table: Table,
  excluded: readonly string[],
): { name: string; index: number } | undefined {
  for (const [index, name] of table.columns.entries()) {
    if (!dateLike.test(name) || excluded.includes(name)) continue
    let dated = 0
    const allIso = table.rows.every((row) => {
      const text = cellText(row[index])
      if (text === null) return true
      dated += 1
      return isoDate.test(text.trim()) && !Number.isNaN(Date.parse(text.trim()))
    })
    if (allIso && dated > 0) return { name, index }
  }
  return undefined
}

function cellText(cell: Table['rows'][number][number] | undefined): string | null {
  if (cell === null || cell === undefined) return null
  return typeof cell === 'number' ? String(cell) : cell
}

function pick(
  table: Table,
  labels: readonly boolean[],
  positions: readonly number[],
): { table: Table; labels: boolean[] } {
  return {
    table: { columns: table.columns, rows: positions.map((row) => table.rows[row] ?? []) },
    labels: positions.map((row) => labels[row] ?? false),
  }
}

function project(table: Table, columns: readonly string[]): Table {
  const indexes = columns.map((column) => table.columns.indexOf(column))
  return {
    columns,
    rows: table.rows.map((row) => indexes.map((index) => row[index] ?? null)),
  }
}

const fold = (name: string) => name.trim().toLowerCase()
const matches = (names: readonly string[], column: string) =>
  names.some((name) => fold(name) === fold(column))
const hasColumn = (table: Table, name: string) => matches(table.columns, name)

function requireSeed(seed: number): void {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new AppError('request.invalid', `seed must be a whole number >= 0, not ${seed}`, {
      details: { seed },
    })
  }
}
