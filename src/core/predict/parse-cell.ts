import { missingLevel, readLevel, readNumber } from './read-cell.ts'
import type { Cell } from './types.ts'

/** A cell as the learners see it: a finite number, a normalized text level, or null when missing. */
export type ParsedCell = number | string | null

// Distinct raw strings remembered per parser; past this, strings are parsed every time.
const cacheLimit = 1 << 16

/** A cell parser that parses each distinct raw string once (most columns repeat a few values). */
export function cellParser(): (cell: Cell | undefined) => ParsedCell {
  const cache = new Map<string, ParsedCell>()
  return (cell) => {
    if (cell === null || cell === undefined) return null
    if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null
    let parsed = cache.get(cell)
    if (parsed === undefined) {
      parsed = readNumber(cell) ?? readLevel(cell) ?? null
      if (cache.size < cacheLimit) cache.set(cell, parsed)
    }
    return parsed
  }
}

/** The categorical level of a parsed cell: its text, its number written out, or "(missing)". */
export function levelOf(parsed: ParsedCell): string {
  if (parsed === null) return missingLevel
  return typeof parsed === 'number' ? String(parsed) : parsed
}
