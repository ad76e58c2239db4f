import { stringify as stringifyStream, type Options, type Stringifier } from 'csv-stringify'
import { stringify, type Input } from 'csv-stringify/sync'
import { toCsvSafeCell } from './csv-safe-cell.ts'

// Every text cell goes through toCsvSafeCell; numbers, booleans and dates keep csv-stringify's casts.
const safe = (options: Options): Options => ({
  ...options,
  cast: { ...options.cast, string: (value) => toCsvSafeCell(value) },
})

/** Rows as CSV text, every text cell neutralised against formula injection. The one CSV writer. */
export function toCsv(rows: Input, options: Options = {}): string {
  return stringify(rows, safe(options))
}

/** A CSV stream writer (rejects files, scored rows) that neutralises text cells like toCsv. */
export function csvStream(options: Options = {}): Stringifier {
  return stringifyStream(safe(options))
}
