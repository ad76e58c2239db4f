import { applyTransform } from './apply-transform.ts'
import {
  fixSeparator,
  type ColumnSource,
  type FieldSource,
  type Mapping,
} from './mapping.schema.ts'
import { resolveColumnIndexes } from './resolve-column-indexes.ts'

/** Why one field of one row could not be read; the caller rejects the row with this reason. */
export type RowProblem = { readonly field: string; readonly message: string }

/** One source row as Baton fields (null when blank), verbatim extra properties, and problems. */
export type MappedRow = {
  readonly rowNumber: number
  readonly fields: Record<string, string | null>
  readonly properties: Record<string, string>
  readonly problems: RowProblem[]
}

export type RowMapper = (record: readonly string[], rowNumber: number) => MappedRow

type FieldReading = { readonly value: string | null } | { readonly problem: string }
type FieldReader = (record: readonly string[]) => FieldReading

function lookUp(source: ColumnSource, value: string): FieldReading {
  const { values } = source
  if (values === undefined) return { value }
  if (Object.hasOwn(values, value)) return { value: values[value] ?? null }
  const known = Object.keys(values).map((key) => JSON.stringify(key))
  return {
    problem: `column "${source.column}": ${JSON.stringify(value)} has no entry in "values" (${known.join(', ')})${fixSeparator}add it to the mapping's values, or correct the cell`,
  }
}

function readColumn(source: ColumnSource, index: number, record: readonly string[]): FieldReading {
  const cell = record[index]
  if (cell === undefined)
    return {
      problem: `column "${source.column}" is missing: the row has ${record.length} fields${fixSeparator}give the row as many fields as the header`,
    }
  let value = cell
  for (const transform of source.transforms) {
    const result = applyTransform(value, transform, source)
    if (!result.ok) return { problem: `column "${source.column}": ${result.message}` }
    value = result.value
  }
  if (value.trim() === '') return { value: source.default ?? null }
  return lookUp(source, value)
}

function fieldReader(source: FieldSource, indexes: ReadonlyMap<string, number>): FieldReader {
  if (source.kind === 'constant') return () => ({ value: source.value })
  const index = indexes.get(source.column) ?? -1
  return (record) => readColumn(source, index, record)
}

// Instant fields (occurredAt, openedAt, closedAt) read without a date transform must still name
// a real instant: the parser behind `new Date` turns "-1" into 2001 and "NaN" into nothing at all.
function instantProblem(field: string, value: string | null): string | undefined {
  if (!field.endsWith('At') || value === null) return undefined
  const at = new Date(value)
  const year = at.getUTCFullYear()
  if (/\d{4}/.test(value) && !Number.isNaN(at.getTime()) && year >= 1 && year <= 9999)
    return undefined
  return `${JSON.stringify(value)} is not a date and time${fixSeparator}write ISO 8601 (2026-11-23T15:00:00Z), or add a "date" transform with the column's format`
}

/**
 * Checks that every column the mapping names is in the header (exact, then ignoring case) and
 * returns a pure function from one record to Baton fields; a bad cell is a row problem, not a throw.
 */
export function compileMapping(
  mapping: Mapping,
  header: readonly string[],
  options: { readonly sourceName?: string; readonly headerLine?: number } = {},
): RowMapper {
  const properties = mapping.properties ?? []
  const sources = Object.entries(mapping.fields)
  const columns = sources.flatMap(([, source]) => (source.kind === 'column' ? [source.column] : []))
  const indexes = resolveColumnIndexes([...columns, ...properties], header, {
    mappingName: mapping.name,
    ...options,
  })
  const readers = sources.map(([field, source]) => [field, fieldReader(source, indexes)] as const)
  const kept = properties.map((column) => [column, indexes.get(column) ?? -1] as const)
  return (record, rowNumber) => {
    const row: MappedRow = { rowNumber, fields: {}, properties: {}, problems: [] }
    for (const [field, read] of readers) {
      const reading = read(record)
      const problem = 'problem' in reading ? reading.problem : instantProblem(field, reading.value)
      if (problem !== undefined) row.problems.push({ field, message: problem })
      else if ('value' in reading) row.fields[field] = reading.value
    }
    for (const [column, index] of kept) {
      const value = record[index]
      if (value !== undefined && value !== '') row.properties[column] = value
    }
    return row
  }
}
