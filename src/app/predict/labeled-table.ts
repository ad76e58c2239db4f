import type { Cell, Table } from '../../core/predict/index.ts'
import { AppError } from '../../core/shared/index.ts'

/** CSV rows as any reader yields them: the header, then records (a `problem` marks a malformed row). */
export type RecordSource = {
  readonly header: readonly string[]
  readonly rows: AsyncIterable<{
    readonly rowNumber: number
    readonly record: readonly string[]
    readonly problem?: string
  }>
}

/** Feature cells of the labelled rows (every column but the target) and one outcome per row. */
export type LabeledTable = {
  readonly target: string
  readonly positive: string
  readonly table: Table
  readonly labels: readonly boolean[]
  /** Rows left out because the target cell was blank. */
  readonly blankTarget: number
  /** Rows left out because the CSV row was malformed (wrong field count, stray quote). */
  readonly malformed: number
}

export type LoadOptions = {
  readonly target: string
  /** The target value that counts as positive; inferred when absent (see `resolvePositive`). */
  readonly positive?: string
}

const positiveWords = ['yes', 'true', 'won']

/** A CSV field as a cell: blank text is missing. */
export function toCell(field: string | undefined): Cell {
  return field === undefined || field.trim() === '' ? null : field
}

/**
 * Reads labelled rows: rows with a blank target or a malformed record are skipped and counted;
 * throws request.invalid when the target column is absent or only one class remains.
 */
export async function loadLabeledTable(
  source: RecordSource,
  options: LoadOptions,
): Promise<LabeledTable> {
  const targetIndex = findColumn(source.header, options.target)
  const keep = source.header.flatMap((_, index) => (index === targetIndex ? [] : [index]))
  const rows: Cell[][] = []
  const outcomes: string[] = []
  let blankTarget = 0
  let malformed = 0
  for await (const row of source.rows) {
    if (row.problem !== undefined) {
      malformed += 1
      continue
    }
    const outcome = (row.record[targetIndex] ?? '').trim()
    if (outcome === '') {
      blankTarget += 1
      continue
    }
    outcomes.push(outcome)
    rows.push(keep.map((index) => toCell(row.record[index])))
  }
  const distinct = [...new Set(outcomes)]
  const positive = resolvePositive(distinct, options.positive)
  const wanted = positive.toLowerCase()
  const labels = outcomes.map((outcome) => outcome.toLowerCase() === wanted)
  requireBothClasses(options.target, positive, distinct, labels)
  return {
    target: source.header[targetIndex] ?? options.target,
    positive,
    table: { columns: keep.map((index) => source.header[index] ?? ''), rows },
    labels,
    blankTarget,
    malformed,
  }
}

/** The target column's position; throws request.invalid listing the header when it is absent. */
export function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name)
  if (exact >= 0) return exact
  const folded = header.findIndex(
    (column) => column.trim().toLowerCase() === name.trim().toLowerCase(),
  )
  if (folded >= 0) return folded
  throw new AppError(
    'request.invalid',
    `no target column "${name}" in the CSV — fix: pass --target with one of: ${header.join(', ')}`,
    { details: { target: name, header } },
  )
}

/**
 * The positive value: the one given, else for a two-valued column the value among yes/true/won
 * (any case), else '1'. Matching against it is case-insensitive.
 */
export function resolvePositive(distinct: readonly string[], given: string | undefined): string {
  if (given !== undefined && given.trim() !== '') return given.trim()
  if (distinct.length === 2) {
    const word = distinct.find((value) => positiveWords.includes(value.toLowerCase()))
    if (word !== undefined) return word
  }
  return '1'
}

function requireBothClasses(
  target: string,
  positive: string,
  distinct: readonly string[],
  labels: readonly boolean[],
): void {
  const positives = labels.filter(Boolean).length
  if (positives > 0 && positives < labels.length) return
  const seen = distinct.slice(0, 10).map((value) => `"${value}"`)
  const which =
    positives === 0 ? `no row has the positive value "${positive}"` : `every row is "${positive}"`
  throw new AppError(
    'request.invalid',
    `the target column "${target}" has only one class: ${which} (${labels.length} rows, values seen: ${seen.join(', ') || 'none'}) — fix: use a file with both outcomes, or name the positive value with --positive`,
    {
      details: { target, positive, rows: labels.length, positives, values: distinct.slice(0, 10) },
    },
  )
}
