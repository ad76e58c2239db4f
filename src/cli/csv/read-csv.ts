import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { AppError } from '../../core/shared/index.ts'
import { decodeUtf8Chunks } from './decode-utf8-chunks.ts'
import { detectCsvDialect } from './detect-csv-dialect.ts'
import { parseCsvRecords, type CsvRecord } from './parse-csv-records.ts'
import { sniffNonCsv } from './sniff-non-csv.ts'
import { fromCsvSafeCell } from './csv-safe-cell.ts'

/** One data row; `problem` says why it cannot be imported (wrong field count, stray quote). */
export type CsvRow = {
  /** 1 for the first row under the header. */
  readonly rowNumber: number
  /** The file line the row starts on (a quoted field can span lines). */
  readonly line: number
  readonly record: string[]
  readonly problem?: string
}

/** An open CSV file: its header, and its rows streamed on demand. */
export type CsvFile = {
  readonly header: readonly string[]
  readonly headerLine: number
  readonly delimiter: string
  readonly sizeBytes: number
  /** Bytes read from disk so far, for rows/s and time-left estimates against `sizeBytes`. */
  readonly bytesRead: number
  /** Iterate once; breaking out of the loop closes the file. */
  readonly rows: AsyncIterable<CsvRow>
  /** Closes the file when the rows are not read to the end. */
  close(): Promise<void>
}

export type ReadCsvOptions = {
  /** One character; detected from the first rows when left out. */
  readonly delimiter?: string
  /** Lines above the header to drop (report titles). */
  readonly skipRows?: number
  readonly chunkBytes?: number
}

// Small chunks keep each chunk's rows short-lived: measured 3x faster than 1 MiB chunks on a
// 545 MB file (fewer objects survive into the old generation), at a steady ~125 MB RSS.
const defaultChunkBytes = 64 * 1024

function refuse(message: string, details: Record<string, unknown>): AppError {
  return new AppError('request.invalid', message, { details })
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path).catch((error: unknown) => {
    throw new AppError('request.invalid', `No file at ${path} — fix: check the path`, {
      details: { file: path },
      cause: error,
    })
  })
  if (!info.isFile()) throw refuse(`${path} is not a file — fix: name a CSV file`, { file: path })
  return info.size
}

async function* checked(path: string, progress: { bytesRead: number }, chunkBytes: number) {
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) {
    const bytes = chunk as Buffer
    const reason = progress.bytesRead === 0 ? sniffNonCsv(bytes) : undefined
    if (reason !== undefined)
      throw refuse(`${path} cannot be read as CSV: ${reason}`, { file: path })
    progress.bytesRead += bytes.byteLength
    yield bytes
  }
}

async function* dropLines(chunks: AsyncIterable<string>, count: number) {
  let left = count
  for await (const chunk of chunks) {
    let start = 0
    while (left > 0 && start !== -1) {
      const at = chunk.indexOf('\n', start)
      start = at === -1 ? -1 : at + 1
      if (at !== -1) left -= 1
    }
    if (start !== -1) yield chunk.slice(start)
  }
}

async function* prepend(first: string, rest: AsyncGenerator<string>) {
  try {
    yield first
    yield* rest
  } finally {
    await rest.return(undefined)
  }
}

async function* rowsOf(records: AsyncGenerator<CsvRecord>, width: number, delimiter: string) {
  let rowNumber = 0
  for await (const { record: raw, line, problem } of records) {
    rowNumber += 1
    // A cell Baton's own CSV writer neutralised ('=..., a fixed rejects file) reads back as it was.
    const record = raw.map(fromCsvSafeCell)
    // Spreadsheets pad rows with empty trailing fields; only fields that hold data count.
    while (record.length > width && record.at(-1) === '') record.pop()
    const ragged =
      record.length === width
        ? undefined
        : `line ${line} has ${record.length} field${record.length === 1 ? '' : 's'} but the header has ${width} — fix: quote values that contain ${JSON.stringify(delimiter)} or line breaks, or remove the extra fields`
    const reason = problem ?? ragged
    yield reason === undefined
      ? { rowNumber, line, record }
      : { rowNumber, line, record, problem: reason }
  }
}

/**
 * Opens a CSV file for streaming: strict UTF-8 (a BOM is dropped), LF or CRLF, RFC 4180 quoting,
 * the delimiter given or detected. Throws `request.invalid` for a missing, empty, binary or
 * non-UTF-8 file; a row with the wrong number of fields comes back with a `problem` instead.
 */
export async function readCsv(path: string, options: ReadCsvOptions = {}): Promise<CsvFile> {
  const sizeBytes = await sizeOf(path)
  const progress = { bytesRead: 0 }
  const skipRows = options.skipRows ?? 0
  const text = dropLines(
    decodeUtf8Chunks(checked(path, progress, options.chunkBytes ?? defaultChunkBytes), path),
    skipRows,
  )
  let first = await text.next()
  while (first.done !== true && first.value === '') first = await text.next()
  const dialect = detectCsvDialect(first.done === true ? '' : first.value, options.delimiter)
  const records = parseCsvRecords(prepend(first.value ?? '', text), dialect, {
    sourceName: path,
    firstLine: skipRows + 1,
  })
  const head = await records.next()
  if (head.done === true)
    throw refuse(`${path} is empty — fix: export the file again with a header row`, { file: path })
  const { record: header, line: headerLine, problem } = head.value
  if (problem !== undefined) {
    await records.return(undefined)
    throw refuse(`${path}: the header on line ${headerLine} is malformed: ${problem}`, {
      file: path,
      line: headerLine,
    })
  }
  const rows = rowsOf(records, header.length, dialect.delimiter)
  return {
    header,
    headerLine,
    delimiter: dialect.delimiter,
    sizeBytes,
    get bytesRead() {
      return progress.bytesRead
    },
    rows,
    async close() {
      await rows.return(undefined)
      await records.return(undefined)
    },
  }
}
