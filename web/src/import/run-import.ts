import type { ApiClient } from '../api/api-client.ts'
import type { ImportOutcome, MappedRows } from '../api/api-types.ts'

export type Reject = {
  readonly rowNumber: number
  readonly reason: string
  readonly message: string
  readonly record: readonly string[]
}

export type ImportTally = {
  read: number
  created: number
  updated: number
  merged: number
  rejected: number
  rejectedByReason: Record<string, number>
  notedByReason: Record<string, number>
}

export type ImportResult = { readonly tally: ImportTally; readonly rejects: Reject[] }

export type ImportRequest = {
  readonly client: ApiClient
  readonly preset: string
  readonly fileName: string
  readonly header: readonly string[]
  readonly rows: readonly (readonly string[])[]
  readonly batchSize?: number
  readonly onProgress?: (done: number, total: number) => void
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1
}

function tallyOutcome(
  tally: ImportTally,
  outcome: Pick<ImportOutcome, 'kind' | 'reason' | 'notes'>,
) {
  tally.read += 1
  tally[outcome.kind] += 1
  if (outcome.kind === 'rejected') bump(tally.rejectedByReason, outcome.reason ?? 'unknown')
  for (const note of outcome.notes ?? []) bump(tally.notedByReason, note)
}

/** An empty tally. */
export const emptyTally = (): ImportTally => ({
  read: 0,
  created: 0,
  updated: 0,
  merged: 0,
  rejected: 0,
  rejectedByReason: {},
  notedByReason: {},
})

/** The first rows mapped by the server, without writing anything: what an import would send. */
export function previewRows(
  request: Pick<ImportRequest, 'client' | 'preset' | 'header' | 'rows'>,
  firstRowNumber = 1,
): Promise<MappedRows> {
  return request.client.send<MappedRows>('POST', '/v1/import-mappings/map', {
    preset: request.preset,
    header: request.header,
    rows: request.rows,
    firstRowNumber,
  })
}

async function importBatch(
  request: ImportRequest,
  start: number,
  result: ImportResult,
): Promise<string> {
  const records = request.rows.slice(start, start + (request.batchSize ?? 500))
  const mapped = await previewRows({ ...request, rows: records }, start + 1)
  const good = mapped.rows.flatMap((row, i) =>
    row.body ? [{ row, record: records[i] ?? [] }] : [],
  )
  for (const [i, row] of mapped.rows.entries()) {
    if (row.body) continue
    const reject = {
      rowNumber: row.rowNumber,
      reason: row.reason ?? 'bad_value',
      message: row.message ?? '',
      record: records[i] ?? [],
    }
    result.rejects.push(reject)
    tallyOutcome(result.tally, { kind: 'rejected', reason: reject.reason })
  }
  if (good.length === 0) return mapped.entity
  const reply = await request.client.send<{ results: ImportOutcome[] }>(
    'POST',
    mapped.target.path,
    {
      [mapped.target.key]: good.map((g) => g.row.body),
    },
  )
  for (const [i, outcome] of reply.results.entries()) {
    const { row, record } = good[i] ?? { row: { rowNumber: 0 }, record: [] }
    tallyOutcome(result.tally, outcome)
    if (outcome.kind === 'rejected')
      result.rejects.push({
        rowNumber: row.rowNumber,
        reason: outcome.reason ?? 'rejected',
        message: outcome.message ?? '',
        record,
      })
  }
  return mapped.entity
}

/**
 * Imports a parsed CSV file a batch at a time: the server maps each batch through the preset, the
 * mapped rows go to the preset's import endpoint, and the run is recorded for the quality report.
 * Rejected rows (unreadable cells, or refused by intake) come back with their row number and reason.
 */
export async function runImport(request: ImportRequest): Promise<ImportResult> {
  const startedAt = new Date().toISOString()
  const result: ImportResult = { tally: emptyTally(), rejects: [] }
  const size = request.batchSize ?? 500
  request.onProgress?.(0, request.rows.length)
  let entity = ''
  for (let start = 0; start < request.rows.length; start += size) {
    entity = await importBatch(request, start, result)
    request.onProgress?.(Math.min(start + size, request.rows.length), request.rows.length)
  }
  if (entity === '') return result
  const { rejectedByReason, notedByReason, ...counts } = result.tally
  const noted = Object.fromEntries(Object.entries(notedByReason).map(([k, n]) => [`noted_${k}`, n]))
  await request.client.send('POST', '/v1/import-runs', {
    entity,
    sourceName: request.fileName,
    mapping: request.preset,
    dryRun: false,
    counts: { ...counts, ...noted },
    rejectedByReason,
    startedAt,
    finishedAt: new Date().toISOString(),
  })
  return result
}

const cell = (value: string | number) => {
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The rejected rows as CSV, like the CLI's reject file: row, reason, message, then the row as read. */
export function rejectsCsv(header: readonly string[], rejects: readonly Reject[]): string {
  const lines = [
    ['row', 'reason', 'message', ...header],
    ...rejects.map((r) => [r.rowNumber, r.reason, r.message, ...r.record]),
  ]
  return lines.map((line) => line.map(cell).join(',')).join('\n') + '\n'
}
