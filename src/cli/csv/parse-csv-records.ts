import Papa from 'papaparse'
import { AppError } from '../../core/shared/index.ts'
import type { CsvDialect } from './detect-csv-dialect.ts'

/** One CSV record, the file line it starts on, and why it is malformed (a stray quote), if it is. */
export type CsvRecord = {
  readonly record: string[]
  readonly line: number
  readonly problem?: string
}

type ParsedChunk = {
  readonly data: string[][]
  readonly errors: readonly { readonly code: string; readonly row?: number }[]
  readonly meta: { readonly cursor: number }
}

export type ParseCsvOptions = {
  readonly sourceName: string
  /** The file line the first chunk starts on. */
  readonly firstLine: number
  /** A record longer than this is taken as an unclosed quote rather than buffered on. */
  readonly maxRecordChars?: number
}

const quoteProblems: Readonly<Record<string, string>> = {
  InvalidQuotes:
    'a quoted field has a stray quote or text after its closing quote — fix: double each quote inside a quoted field ("")',
  MissingQuotes: 'a quoted field is never closed — fix: add the closing quote',
}

function countOf(text: string, character: string): number {
  let count = 0
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count += 1
  return count
}

function* records(parsed: ParsedChunk, dialect: CsvDialect, start: { line: number }) {
  const problems = new Map<number, string>()
  for (const error of parsed.errors) {
    if (error.row !== undefined && !problems.has(error.row))
      problems.set(
        error.row,
        quoteProblems[error.code] ?? `${error.code} — fix: correct the quoting`,
      )
  }
  for (const [index, record] of parsed.data.entries()) {
    const last = record.length - 1
    // "\r\n" files are split on "\n": drop the "\r" left on the last field (mixed endings work too).
    if (dialect.newline === '\n' && record[last]?.endsWith('\r'))
      record[last] = record[last].slice(0, -1)
    const line = start.line
    start.line += 1 + record.reduce((sum, field) => sum + countOf(field, dialect.newline), 0)
    // Blank lines, and lines of empty fields that spreadsheets leave behind, hold no data.
    if (record.every((field) => field.trim() === '')) continue
    const problem = problems.get(index)
    yield problem === undefined ? { record, line } : { record, line, problem }
  }
}

/**
 * Splits decoded text chunks into CSV records with papaparse's parser, one chunk at a time: only
 * the unfinished last record is carried to the next chunk, so memory does not grow with the file.
 */
export async function* parseCsvRecords(
  chunks: AsyncIterable<string>,
  dialect: CsvDialect,
  options: ParseCsvOptions,
): AsyncGenerator<CsvRecord, void, undefined> {
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline })
  const maxRecordChars = options.maxRecordChars ?? 4 * 1024 * 1024
  const position = { line: options.firstLine }
  let carried = ''
  for await (const chunk of chunks) {
    const input = carried + chunk
    const parsed = parser.parse(input, 0, true) as ParsedChunk
    carried = input.slice(parsed.meta.cursor)
    yield* records(parsed, dialect, position)
    if (carried.length > maxRecordChars)
      throw new AppError(
        'request.invalid',
        `${options.sourceName}: the record starting on line ${position.line} runs past ${maxRecordChars} characters, so a quote is probably not closed — fix: close the quote or double the quotes inside the field ("")`,
        { details: { file: options.sourceName, line: position.line } },
      )
  }
  yield* records(parser.parse(carried, 0, false) as ParsedChunk, dialect, position)
}
