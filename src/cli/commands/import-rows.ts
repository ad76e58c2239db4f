import { basename } from 'node:path'
import { createWriteStream, type WriteStream } from 'node:fs'
import { csvStream } from '../csv/write-csv.ts'
import { SingleBar } from 'cli-progress'
import {
  emptyImportSummary,
  tallyOutcome,
  type ImportSummary,
} from '../../app/intake/import-summary.ts'
import type { MappedRow } from '../../app/intake/mapping/apply-mapping.ts'
import { compileMapping } from '../../app/intake/mapping/apply-mapping.ts'
import type { Mapping } from '../../app/intake/mapping/mapping.schema.ts'
import type { CliBackend } from '../cli-backend.ts'
import type { CsvFile } from '../csv/read-csv.ts'
import type { RowIntake, RowResult } from './row-intakes.ts'

// Rows after which an import first refreshes planner statistics; then at every doubling.
const firstStatisticsRefresh = 2000

/** The first rejected rows, with their file line, so the summary can show what to fix. */
export type RejectExample = { line: number; reason: string; message: string }

export type ImportRun = {
  readonly intake: RowIntake
  readonly file: string
  readonly csv: CsvFile
  readonly mapping: Mapping
  readonly dryRun: boolean
  readonly batchSize: number
  readonly rejectPath: string
  readonly progress: boolean
  readonly backend: () => Promise<CliBackend>
}

type Located = { readonly rowNumber: number; readonly line: number; readonly record: string[] }
type Pending = Located & { readonly mapped: MappedRow }

const maxExamples = 3

/** Rejected rows, written lazily so a clean import leaves no file behind. */
function rejectWriter(run: ImportRun) {
  let stream: ReturnType<typeof csvStream> | undefined
  let file: WriteStream | undefined
  return {
    write(row: Located, reason: string, message: string) {
      if (!stream) {
        file = createWriteStream(run.rejectPath)
        stream = csvStream({
          header: true,
          columns: ['row', 'line', 'reason', 'message', ...run.csv.header],
        })
        stream.pipe(file)
      }
      stream.write([row.rowNumber, row.line, reason, message, ...row.record])
    },
    async close(): Promise<string | undefined> {
      if (!stream || !file) return undefined
      const done = new Promise<void>((resolve, reject) =>
        file?.on('finish', resolve).on('error', reject),
      )
      stream.end()
      await done
      return run.rejectPath
    },
  }
}

function progressBar(run: ImportRun) {
  if (!run.progress) return undefined
  return new SingleBar({
    format: 'importing {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
  })
}

/** Streams a file through mapping and intake in batches; nothing is silently dropped. */
export async function importRows(
  run: ImportRun,
): Promise<{ summary: ImportSummary; rejectFile?: string; examples: RejectExample[] }> {
  const mapRow = compileMapping(run.mapping, run.csv.header, {
    sourceName: run.file,
    headerLine: run.csv.headerLine,
  })
  const summary = emptyImportSummary()
  const examples: RejectExample[] = []
  const rejects = rejectWriter(run)
  const bar = progressBar(run)
  const started = performance.now()
  bar?.start(run.csv.sizeBytes, 0, { rows: 0, rate: 0 })
  let pending: Pending[] = []
  const record = (row: Located, result: RowResult) => {
    if (result.kind === 'rejected') {
      const { reason, message } = result
      rejects.write(row, reason, message)
      if (examples.length < maxExamples) examples.push({ line: row.line, reason, message })
    }
    tallyOutcome(summary, result)
  }
  let refreshAt = firstStatisticsRefresh
  const flush = async () => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    const mapped = batch.map((p) => p.mapped)
    const results = run.dryRun
      ? mapped.map(run.intake.check)
      : await run.intake.ingest(await run.backend(), mapped, `import:${basename(run.file)}`)
    batch.forEach((row, i) => {
      const result = results[i]
      if (result) record(row, result)
    })
    // The tables grow as the file goes in; fresh statistics each time the row count doubles keep
    // intake's lookups on their indexes (the embedded database has no autovacuum).
    if (!run.dryRun && summary.read >= refreshAt) {
      refreshAt *= 2
      await (await run.backend()).refreshStatistics()
    }
    const seconds = (performance.now() - started) / 1000
    bar?.update(run.csv.bytesRead, {
      rows: summary.read,
      rate: Math.round(summary.read / Math.max(seconds, 0.001)),
    })
  }
  try {
    for await (const row of run.csv.rows) {
      if (row.problem !== undefined) {
        record(row, { kind: 'rejected', reason: 'malformed_row', message: row.problem })
        continue
      }
      const mapped = mapRow(row.record, row.rowNumber)
      const problem = mapped.problems[0]
      if (problem) {
        const message = `${problem.field}: ${problem.message}`
        record(row, { kind: 'rejected', reason: 'bad_value', message })
      } else pending.push({ ...row, mapped })
      if (pending.length >= run.batchSize) await flush()
    }
    await flush()
  } finally {
    bar?.stop()
  }
  const rejectFile = await rejects.close()
  return rejectFile === undefined ? { summary, examples } : { summary, rejectFile, examples }
}
