import { closest, distance } from 'fastest-levenshtein'
import { AppError } from '../../../core/shared/index.ts'
import { fixSeparator } from './mapping.schema.ts'

export type ColumnLookup = {
  readonly mappingName: string
  readonly sourceName?: string
  /** The file line the header was read from, to name it in the error. */
  readonly headerLine?: number
}

const shownColumns = 60
const delimiterNames: Readonly<Record<string, string>> = {
  ',': '","',
  ';': '";"',
  '\t': '"\\t" (tab)',
}

function indexesOf(header: readonly string[], matches: (name: string) => boolean): number[] {
  return header.flatMap((name, index) => (matches(name) ? [index] : []))
}

function findIndexes(column: string, header: readonly string[]): number[] {
  const exact = indexesOf(header, (name) => name === column)
  if (exact.length > 0) return exact
  const folded = column.trim().toLowerCase()
  return indexesOf(header, (name) => name.trim().toLowerCase() === folded)
}

function describeMissing(column: string, header: readonly string[]): string {
  const guess = header.length > 0 ? closest(column, [...header]) : undefined
  const near = guess !== undefined && distance(column.toLowerCase(), guess.toLowerCase()) <= 3
  return near ? `"${column}" (did you mean "${guess}"?)` : `"${column}"`
}

function describeHeader(header: readonly string[]): string {
  const listed = header.slice(0, shownColumns).map((name) => JSON.stringify(name))
  const more = header.length > shownColumns ? `, … ${header.length - shownColumns} more` : ''
  const count = `${header.length} column${header.length === 1 ? '' : 's'}`
  return `The header has ${count}: ${listed.join(', ')}${more}`
}

function delimiterHint(header: readonly string[]): string | undefined {
  const [only] = header
  if (header.length !== 1 || only === undefined) return undefined
  const found = Object.keys(delimiterNames).find((delimiter) => only.includes(delimiter))
  if (found === undefined) return undefined
  return `the header was read as one column but contains ${delimiterNames[found] ?? found}: set "delimiter": ${JSON.stringify(found)} in the mapping (or pass it as the delimiter option)`
}

/**
 * Where each named column sits in the header: an exact match first, then one that differs only in
 * case or surrounding spaces; throws `request.invalid` naming every missing or ambiguous column.
 */
export function resolveColumnIndexes(
  columns: readonly string[],
  header: readonly string[],
  lookup: ColumnLookup,
): ReadonlyMap<string, number> {
  const indexes = new Map<string, number>()
  const missing: string[] = []
  const ambiguous: string[] = []
  for (const column of new Set(columns)) {
    const [first, ...others] = findIndexes(column, header)
    if (first === undefined) missing.push(column)
    else if (others.length > 0)
      ambiguous.push(`"${column}" (columns ${[first, ...others].map((i) => i + 1).join(', ')})`)
    else indexes.set(column, first)
  }
  if (missing.length === 0 && ambiguous.length === 0) return indexes
  const source =
    (lookup.sourceName === undefined ? 'the file' : lookup.sourceName) +
    (lookup.headerLine === undefined ? '' : ` (line ${lookup.headerLine})`)
  const problems = [
    missing.length > 0 &&
      `missing column${missing.length === 1 ? '' : 's'} ${missing.map((c) => describeMissing(c, header)).join(', ')}`,
    ambiguous.length > 0 && `more than one column matches ${ambiguous.join(', ')}`,
  ].filter((problem) => problem !== false)
  const fix =
    delimiterHint(header) ??
    'rename the columns in the mapping to match the header, or pick the mapping for this file'
  throw new AppError(
    'request.invalid',
    `Mapping "${lookup.mappingName}" does not fit the header of ${source}: ${problems.join('; ')}. ${describeHeader(header)}${fixSeparator}${fix}`,
    { details: { file: lookup.sourceName, missing, ambiguous, header } },
  )
}
