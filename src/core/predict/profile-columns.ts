import { cellParser, type ParsedCell } from './parse-cell.ts'
import type { Cell, Table } from './types.ts'

/** What one pass over a column learned: how many cells are numbers or text, and the numbers' range and sum. */
export type ColumnProfile = {
  readonly name: string
  /** Position in the table's columns; -1 when the table lacks the column. */
  readonly index: number
  readonly parse: (cell: Cell | undefined) => ParsedCell
  numeric: number
  text: number
  sum: number
  min: number
  max: number
}

/** Profiles the named columns in one pass over the rows. */
export function profileColumns(table: Table, columns: readonly string[]): ColumnProfile[] {
  const profiles = columns.map((name): ColumnProfile => ({
    name,
    index: table.columns.indexOf(name),
    parse: cellParser(),
    numeric: 0,
    text: 0,
    sum: 0,
    min: Infinity,
    max: -Infinity,
  }))
  forEachCell(table, profiles, (profile, parsed) => {
    if (typeof parsed === 'number') {
      profile.numeric += 1
      profile.sum += parsed
      profile.min = Math.min(profile.min, parsed)
      profile.max = Math.max(profile.max, parsed)
    } else if (parsed !== null) profile.text += 1
  })
  return profiles
}

type Reading = { readonly index: number; readonly parse: (cell: Cell | undefined) => ParsedCell }

/**
 * Visits every parsed cell of the given columns row by row. Row-major order matters: walking one
 * column down a large table of row arrays misses the cache on nearly every cell.
 */
export function forEachCell<T extends Reading>(
  table: Table,
  columns: readonly T[],
  visit: (column: T, parsed: ParsedCell, row: number) => void,
): void {
  for (let row = 0; row < table.rows.length; row += 1) {
    const cells = table.rows[row]
    for (const column of columns) visit(column, column.parse(cells?.[column.index]), row)
  }
}
