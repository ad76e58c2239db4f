import { describe, expect, it } from 'vitest'
import type { ApiClient } from '../api/api-client.ts'
import { rejectsCsv, runImport } from './run-import.ts'

type Call = { method: string; path: string; body: Record<string, unknown> }

// An in-memory API: maps a row unless its date cell is bad, and refuses leads without an id.
function fakeApi(): ApiClient & { calls: Call[] } {
  const calls: Call[] = []
  return {
    calls,
    get: () => Promise.reject(new Error('not used')),
    getText: () => Promise.reject(new Error('not used')),
    send<T>(method: string, path: string, body: unknown): Promise<T> {
      const b = body as Record<string, unknown>
      calls.push({ method, path, body: b })
      if (path === '/v1/import-mappings/map') {
        const rows = b['rows'] as string[][]
        const first = b['firstRowNumber'] as number
        return Promise.resolve({
          mapping: 'olist-mql',
          entity: 'leads',
          target: { path: '/v1/leads', key: 'leads' },
          rows: rows.map((r, i) =>
            r[1] === 'bad'
              ? { rowNumber: first + i, reason: 'bad_value', message: 'occurredAt: not a date' }
              : { rowNumber: first + i, body: { externalId: r[0] } },
          ),
        } as T)
      }
      if (path === '/v1/leads') {
        const leads = b['leads'] as { externalId: string }[]
        const results = leads.map((lead, index) =>
          lead.externalId === ''
            ? { index, kind: 'rejected', reason: 'no_identity', message: 'no usable contact' }
            : { index, kind: 'created', notes: index === 0 ? ['free_mail'] : [] },
        )
        return Promise.resolve({ results } as T)
      }
      return Promise.resolve(undefined as T)
    },
  }
}

describe('importing a file from the browser', () => {
  it('maps and sends it a batch at a time, keeps every reject with its row, and records the run', async () => {
    const api = fakeApi()
    const progress: number[] = []
    const rows = [
      ['m1', '2018-01-01'],
      ['m2', 'bad'],
      ['', '2018-01-03'],
      ['m4', '2018-01-04'],
      ['m5', '2018-01-05'],
    ]
    const result = await runImport({
      client: api,
      preset: 'olist-mql',
      fileName: 'mql.csv',
      header: ['mql_id', 'first_contact_date'],
      rows,
      batchSize: 2,
      onProgress: (done) => progress.push(done),
    })
    expect(result.tally).toEqual({
      read: 5,
      created: 3,
      updated: 0,
      merged: 0,
      rejected: 2,
      rejectedByReason: { bad_value: 1, no_identity: 1 },
      notedByReason: { free_mail: 2 },
    })
    expect(result.rejects.map((r) => [r.rowNumber, r.reason, r.record[0]])).toEqual([
      [2, 'bad_value', 'm2'],
      [3, 'no_identity', ''],
    ])
    expect(progress).toEqual([0, 2, 4, 5])
    const maps = api.calls.filter((c) => c.path === '/v1/import-mappings/map')
    expect(maps.map((c) => c.body['firstRowNumber'])).toEqual([1, 3, 5])
    const run = api.calls.find((c) => c.path === '/v1/import-runs')
    expect(run?.body).toMatchObject({
      entity: 'leads',
      sourceName: 'mql.csv',
      mapping: 'olist-mql',
      dryRun: false,
      counts: { read: 5, created: 3, rejected: 2, noted_free_mail: 2 },
      rejectedByReason: { bad_value: 1, no_identity: 1 },
    })
  })

  it('writes rejects as the CLI does: row, reason, message, then the row, quoted where needed', () => {
    const csv = rejectsCsv(
      ['id', 'note'],
      [
        {
          rowNumber: 7,
          reason: 'bad_value',
          message: 'x: "odd", value',
          record: ['a', 'line\nbreak'],
        },
      ],
    )
    expect(csv).toBe(
      'row,reason,message,id,note\n7,bad_value,"x: ""odd"", value",a,"line\nbreak"\n',
    )
  })
})
