import { basename } from 'node:path'
import { createWriteStream, type WriteStream } from 'node:fs'
import { stringify } from 'csv-stringify'
import { SingleBar } from 'cli-progress'
import { emptySummary, tally, type IntakeSummary } from '../../app/intake/ingest-leads.ts'
import type { IngestOutcome } from '../../app/intake/ingest-lead.ts'
import { leadFromRow } from '../../app/intake/lead-from-row.ts'
import type { OpportunityOutcome } from '../../app/intake/ingest-opportunity.ts'
import { opportunityFromRow } from '../../app/intake/opportunity-from-row.ts'
import type { MappedRow } from '../../app/intake/mapping/apply-mapping.ts'
import { compileMapping } from '../../app/intake/mapping/apply-mapping.ts'
import type { Mapping } from '../../app/intake/mapping/mapping.schema.ts'
import { cleanLead, cleanText } from '../../core/hygiene/index.ts'
import type { LeadInput } from '../../core/intake/index.ts'
import type { CliBackend } from '../cli-backend.ts'
import type { CsvFile } from '../csv/read-csv.ts'

/** How one entity's rows become inputs and go through intake. */
export type RowIntake = {
  /** What a dry run can tell without the database (hygiene only). */
  readonly check: (row: MappedRow) => IngestOutcome | OpportunityOutcome
  readonly ingest: (
    backend: CliBackend,
    rows: readonly MappedRow[],
    channel: string,
  ) => Promise<readonly (IngestOutcome | OpportunityOutcome)[]>
}

/** Leads: mapping, then hygiene and the person/account match. */
export const leadIntake: RowIntake = {
  check: (row) => dryOutcome(leadFromRow(row)),
  ingest: (backend, rows, channel) => backend.ingestLeads(rows.map(leadFromRow), channel),
}

/** Deals: mapping, then the deal and its lead's outcome. */
export const opportunityIntake: RowIntake = {
  check: () => ({ kind: 'created', opportunityId: '' as never }),
  ingest: (backend, rows) => backend.ingestOpportunities(rows.map(opportunityFromRow)),
}

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

type Pending = {
  readonly rowNumber: number
  readonly line: number
  readonly record: string[]
  readonly mapped: MappedRow
}

/** Rejected rows, written lazily so a clean import leaves no file behind. */
function rejectWriter(run: ImportRun) {
  let stream: ReturnType<typeof stringify> | undefined
  let file: WriteStream | undefined
  return {
    write(
      row: { rowNumber: number; line: number; record: readonly string[] },
      reason: string,
      message: string,
    ) {
      if (!stream) {
        file = createWriteStream(run.rejectPath)
        stream = stringify({
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

// A dry run cannot see the database: it reports what hygiene alone would reject.
function dryOutcome(lead: LeadInput): IngestOutcome {
  const clean = cleanLead(lead)
  if (clean.rejectReason !== null && cleanText(lead.externalId) === '') {
    return {
      kind: 'rejected',
      reason: clean.rejectReason,
      message: 'no usable contact',
      issues: clean.issues,
    }
  }
  return { kind: 'created', personId: '' as never, accountId: null, issues: clean.issues }
}

/** Streams a file through mapping and intake in batches; nothing is silently dropped. */
export async function importRows(
  run: ImportRun,
): Promise<{ summary: IntakeSummary; rejectFile?: string }> {
  const mapRow = compileMapping(run.mapping, run.csv.header, { sourceName: run.file })
  const summary = emptySummary()
  const rejects = rejectWriter(run)
  const bar = run.progress
    ? new SingleBar({
        format: 'importing {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
      })
    : undefined
  const started = performance.now()
  bar?.start(run.csv.sizeBytes, 0, { rows: 0, rate: 0 })
  let pending: Pending[] = []
  const reject = (
    row: { rowNumber: number; line: number; record: readonly string[] },
    reason: string,
    message: string,
  ) => {
    rejects.write(row, reason, message)
    tally(summary, { kind: 'rejected', reason, message, issues: [] })
  }
  const flush = async () => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    const mapped = batch.map((p) => p.mapped)
    const outcomes = run.dryRun
      ? mapped.map(run.intake.check)
      : await run.intake.ingest(await run.backend(), mapped, `import:${basename(run.file)}`)
    outcomes.forEach((outcome, i) => {
      const row = batch[i]
      if (!row) return
      if (outcome.kind === 'rejected') reject(row, outcome.reason, outcome.message)
      else
        tally(summary, { kind: outcome.kind, personId: '' as never, accountId: null, issues: [] })
    })
    const seconds = (performance.now() - started) / 1000
    bar?.update(run.csv.bytesRead, {
      rows: summary.read,
      rate: Math.round(summary.read / Math.max(seconds, 0.001)),
    })
  }
  try {
    for await (const row of run.csv.rows) {
      if (row.problem !== undefined) {
        reject(row, 'malformed_row', row.problem)
        continue
      }
      const mapped = mapRow(row.record, row.rowNumber)
      const problem = mapped.problems[0]
      if (problem) reject(row, 'bad_value', `${problem.field}: ${problem.message}`)
      else pending.push({ rowNumber: row.rowNumber, line: row.line, record: row.record, mapped })
      if (pending.length >= run.batchSize) await flush()
    }
    await flush()
  } finally {
    bar?.stop()
  }
  const rejectFile = await rejects.close()
  return rejectFile === undefined ? { summary } : { summary, rejectFile }
}
