import type { FeatureEncoder } from './model-parameters.ts'
import { cellParser, levelOf, type ParsedCell } from './parse-cell.ts'
import { forEachCell } from './profile-columns.ts'
import { binOf } from './quantile-edges.ts'
import { otherLevel } from './read-cell.ts'
import type { Cell, Table } from './types.ts'

/** One source column as linear inputs starting at `offset`: a dense scaled value or a one-hot level. */
export type LinearBlock =
  | {
      readonly kind: 'dense'
      readonly offset: number
      readonly values: Float64Array
      /** Rows whose value was missing (imputed to the mean), ascending; absent when training saw none. */
      readonly missingRows: Int32Array | undefined
    }
  | { readonly kind: 'onehot'; readonly offset: number; readonly codes: Uint16Array }

/** Rows as sparse linear inputs: `width` inputs in all, one block per source column. */
export type LinearDesign = {
  readonly rowCount: number
  readonly width: number
  readonly blocks: readonly LinearBlock[]
}

/** Rows as one bin code per source column; code 0 is the missing bin of numeric columns. */
export type BinnedDesign = {
  readonly rowCount: number
  readonly codes: readonly Uint16Array[]
  readonly binCounts: readonly number[]
  readonly categorical: readonly boolean[]
}

type Writer = {
  readonly index: number
  readonly parse: (cell: Cell | undefined) => ParsedCell
  readonly write: (parsed: ParsedCell, row: number) => void
}

/** Applies a fitted linear encoder to rows; columns are matched by name, an absent column reads as missing. */
export function encodeLinear(encoder: FeatureEncoder, table: Table): LinearDesign {
  const rowCount = table.rows.length
  const writers: Writer[] = []
  let width = 0
  // Each column gets its writer for the one pass over the rows, and builds its block afterwards.
  const finishers = encoder.columns.map((encoding): (() => LinearBlock) => {
    const offset = width
    const reading = { index: table.columns.indexOf(encoding.column), parse: cellParser() }
    switch (encoding.kind) {
      case 'categorical': {
        width += encoding.levels.length
        const codes = new Uint16Array(rowCount)
        writers.push({ ...reading, write: levelWriter(encoding.levels, codes) })
        return () => ({ kind: 'onehot', offset, codes })
      }
      case 'standardized': {
        width += encoding.missingIndicator ? 2 : 1
        const values = new Float64Array(rowCount)
        const missing: number[] = []
        const write = (parsed: ParsedCell, row: number) => {
          if (typeof parsed === 'number') values[row] = (parsed - encoding.mean) / encoding.sd
          else missing.push(row)
        }
        writers.push({ ...reading, write })
        const missingRows = () => (encoding.missingIndicator ? Int32Array.from(missing) : undefined)
        return () => ({ kind: 'dense', offset, values, missingRows: missingRows() })
      }
      case 'binned':
        throw new RangeError(`column ${encoding.column} is binned; a linear model cannot use it`)
    }
  })
  forEachCell(table, writers, (writer, parsed, row) => writer.write(parsed, row))
  return { rowCount, width, blocks: finishers.map((finish) => finish()) }
}

/** How many linear inputs an encoder makes: one per level, one per number plus its missing flag. */
export function linearWidth(encoder: FeatureEncoder): number {
  let width = 0
  for (const encoding of encoder.columns) {
    if (encoding.kind === 'categorical') width += encoding.levels.length
    else if (encoding.kind === 'standardized') width += encoding.missingIndicator ? 2 : 1
  }
  return width
}

/** Applies a fitted binned encoder to rows; columns are matched by name, an absent column reads as missing. */
export function encodeBinned(encoder: FeatureEncoder, table: Table): BinnedDesign {
  const rowCount = table.rows.length
  const writers: Writer[] = []
  const codes = encoder.columns.map((encoding) => {
    const column = new Uint16Array(rowCount)
    const reading = { index: table.columns.indexOf(encoding.column), parse: cellParser() }
    switch (encoding.kind) {
      case 'categorical':
        writers.push({ ...reading, write: levelWriter(encoding.levels, column) })
        break
      case 'binned':
        writers.push({
          ...reading,
          write: (parsed, row) => {
            if (typeof parsed === 'number') column[row] = binOf(encoding.edges, parsed)
          },
        })
        break
      case 'standardized':
        throw new RangeError(`column ${encoding.column} is standardized; a tree model needs bins`)
    }
    return column
  })
  forEachCell(table, writers, (writer, parsed, row) => writer.write(parsed, row))
  return {
    rowCount,
    codes,
    binCounts: encoder.columns.map((encoding) =>
      encoding.kind === 'categorical'
        ? encoding.levels.length
        : encoding.kind === 'binned'
          ? encoding.edges.length + 2
          : 0,
    ),
    categorical: encoder.columns.map((encoding) => encoding.kind === 'categorical'),
  }
}

// Level positions; missing goes to "(missing)" when training saw it, anything unknown to "(other)".
function levelWriter(levels: readonly string[], codes: Uint16Array) {
  const positions = new Map(levels.map((level, index) => [level, index]))
  const other = positions.get(otherLevel) ?? 0
  return (parsed: ParsedCell, row: number) => {
    codes[row] = positions.get(levelOf(parsed)) ?? other
  }
}
