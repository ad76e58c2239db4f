import type { Cell, Table } from './types.ts'

/** The level a missing categorical cell takes. */
export const missingLevel = '(missing)'
/** The level that collects rare training levels and levels first seen at scoring time. */
export const otherLevel = '(other)'

const decimal = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i

/** The cell as a finite number, or undefined when it is missing or not a plain decimal number. */
export function readNumber(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined
  if (cell === null || cell === undefined) return undefined
  const text = cell.trim()
  if (!decimal.test(text)) return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}

/** The cell as a categorical level (trimmed, spaces collapsed, lower-cased), or undefined when missing. */
export function readLevel(cell: Cell | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : undefined
  const level = cell.trim().replace(/\s+/g, ' ').toLowerCase()
  return level === '' ? undefined : level
}

/** The cell as a person would read it in an explanation: its trimmed text, or "(missing)". */
export function describeCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return missingLevel
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : missingLevel
  const text = cell.trim().replace(/\s+/g, ' ')
  return text === '' ? missingLevel : text
}

/** Reads one named column cell by cell, without copying it; a column the table lacks reads as all missing. */
export function columnReader(table: Table, name: string): (row: number) => Cell | undefined {
  const index = table.columns.indexOf(name)
  if (index < 0) return () => null
  return (row) => table.rows[row]?.[index]
}
