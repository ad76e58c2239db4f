import type { ColumnEncoding, DroppedColumn, FeatureEncoder } from './model-parameters.ts'
import { levelOf } from './parse-cell.ts'
import { forEachCell, profileColumns, type ColumnProfile } from './profile-columns.ts'
import { quantileEdges } from './quantile-edges.ts'
import { missingLevel, otherLevel } from './read-cell.ts'
import type { Table } from './types.ts'

/** `linear` standardizes numbers for logistic regression; `binned` cuts them into quantile bins for trees. */
export type EncoderOptions = { readonly mode: 'linear' | 'binned'; readonly bins: number }

// A column is numeric when this share of its present values reads as numbers.
const numericShare = 0.95
// Levels seen in fewer rows than max(5, 0.5% of rows) are pooled into "(other)".
const rareMinimumRows = 5
const rareShare = 0.005
// Quantile bin edges come from at most this many evenly spaced rows.
const binSampleRows = 200_000

type Role = 'empty' | 'numeric' | 'categorical'
// What the second pass gathers per column: squared deviations, a sorted sample, or all level counts.
type Gathered = ColumnProfile & {
  readonly role: Role
  readonly mean: number
  squares: number
  readonly sample: number[]
  readonly counts: Map<string, number>
}

/**
 * Fits feature handling on training rows: numeric or categorical, rare levels pooled, numbers
 * standardized or binned; columns that are empty or constant are dropped.
 */
export function fitEncoder(
  table: Table,
  columns: readonly string[],
  options: EncoderOptions,
): FeatureEncoder {
  const rowCount = table.rows.length
  const gathered = profileColumns(table, columns).map((profile): Gathered => ({
    ...profile,
    role: roleOf(profile),
    mean: profile.sum / Math.max(1, profile.numeric),
    squares: 0,
    sample: [],
    counts: new Map(),
  }))
  const stride = Math.max(1, Math.ceil(rowCount / binSampleRows))
  forEachCell(table, gathered, (column, parsed, row) => {
    if (column.role === 'categorical') {
      const level = levelOf(parsed)
      column.counts.set(level, (column.counts.get(level) ?? 0) + 1)
    } else if (typeof parsed === 'number' && column.role === 'numeric') {
      if (options.mode === 'linear') column.squares += (parsed - column.mean) ** 2
      else if (row % stride === 0) column.sample.push(parsed)
    }
  })
  const kept: ColumnEncoding[] = []
  const dropped: DroppedColumn[] = []
  for (const column of gathered) {
    const fitted = fitColumn(column, rowCount, options)
    if ('reason' in fitted) dropped.push(fitted)
    else kept.push(fitted)
  }
  return { columns: kept, dropped }
}

function roleOf(profile: ColumnProfile): Role {
  const present = profile.numeric + profile.text
  if (present === 0) return 'empty'
  return profile.numeric >= numericShare * present ? 'numeric' : 'categorical'
}

function fitColumn(
  column: Gathered,
  rowCount: number,
  options: EncoderOptions,
): ColumnEncoding | DroppedColumn {
  switch (column.role) {
    case 'empty':
      return { column: column.name, reason: 'empty' }
    case 'categorical':
      return fitCategorical(column, rowCount)
    case 'numeric':
      return fitNumeric(column, rowCount, options)
  }
}

function fitNumeric(
  column: Gathered,
  rowCount: number,
  options: EncoderOptions,
): ColumnEncoding | DroppedColumn {
  const hasMissing = column.numeric < rowCount
  if (column.min === column.max && !hasMissing) return { column: column.name, reason: 'constant' }
  if (options.mode === 'binned') {
    const sorted = Float64Array.from(column.sample).sort()
    return { kind: 'binned', column: column.name, edges: quantileEdges(sorted, options.bins) }
  }
  const sd = Math.sqrt(column.squares / column.numeric)
  return {
    kind: 'standardized',
    column: column.name,
    mean: column.mean,
    sd: sd > 0 ? sd : 1,
    missingIndicator: hasMissing,
  }
}

function fitCategorical(column: Gathered, rowCount: number): ColumnEncoding | DroppedColumn {
  const threshold = Math.max(rareMinimumRows, rareShare * rowCount)
  const common: string[] = []
  let pooled = column.counts.has(otherLevel)
  for (const [level, count] of column.counts) {
    if (level === missingLevel || level === otherLevel) continue
    if (count >= threshold) common.push(level)
    else pooled = true
  }
  common.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const hasMissing = column.counts.has(missingLevel)
  const states = common.length + (hasMissing ? 1 : 0) + (pooled ? 1 : 0)
  if (states <= 1) return { column: column.name, reason: 'constant' }
  // "(other)" is always a level so that levels first seen at scoring time have somewhere to go.
  const levels = [...common, ...(hasMissing ? [missingLevel] : []), otherLevel]
  return { kind: 'categorical', column: column.name, levels }
}
