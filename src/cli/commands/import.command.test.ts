import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runFileCli } from '../../../test/run-file-cli.ts'

// Dry runs and file errors never open a database, so these run in process.
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-import-cli-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function file(name: string, content: string | Buffer): Promise<string> {
  const target = path.join(dir, name)
  await writeFile(target, content)
  return target
}

async function mapping(name: string, entity: string, fields: Record<string, unknown>, extra = {}) {
  return file(`${name}.json`, JSON.stringify({ name, entity, fields, ...extra }))
}

describe('baton import on malformed files', () => {
  it('stops on a delimiter that is not the mapping one, naming the header line and the fix', async () => {
    const csv = await file('semicolons.csv', 'Report\nid;email\n1;a@acme.com\n')
    const map = await mapping(
      'commas',
      'leads',
      { externalId: 'id' },
      { delimiter: ',', skipRows: 1 },
    )
    const run = await runFileCli('import', 'leads', csv, '--map', map, '--dry-run')
    expect(run.code).toBe(2)
    expect(run.err).toContain(`does not fit the header of ${csv} (line 2): missing column "id"`)
    expect(run.err).toContain('set "delimiter": ";" in the mapping')
  })

  it('rejects ragged rows with their line and reads the rest', async () => {
    const csv = await file(
      'ragged.csv',
      'id,email\n1,a@acme.com\n2\n3,c@acme.com,extra\n4,d@acme.com\n',
    )
    const map = await mapping('ids', 'leads', { externalId: 'id', email: 'email' })
    const run = await runFileCli('import', 'leads', csv, '--map', map, '--dry-run', '--json')
    expect(run.code, run.err).toBe(0)
    const result = JSON.parse(run.out)
    expect(result.summary).toMatchObject({ read: 4, created: 2, rejected: 2 })
    expect(result.examples).toEqual([
      {
        line: 3,
        reason: 'malformed_row',
        message: expect.stringContaining('line 3 has 1 field but the header has 2'),
      },
      { line: 4, reason: 'malformed_row', message: expect.stringContaining('line 4 has 3 fields') },
    ])
  })

  it('stops on bytes that are not UTF-8, naming the line', async () => {
    const csv = await file(
      'latin1.csv',
      Buffer.concat([Buffer.from('id,name\n1,ok\n2,caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    )
    const map = await mapping('names', 'accounts', { externalId: 'id', name: 'name' })
    const run = await runFileCli('import', 'accounts', csv, '--map', map, '--dry-run')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/line 3/)
  })
})

describe('baton import --dry-run of the new entities', () => {
  it('checks spend rows without a database: negative amounts, reversed periods, bad dates', async () => {
    const csv = await file(
      'spend.csv',
      'channel,from,to,cost\nPPC,2026-01-01,2026-01-31,100\nEmail,2026-02-01,2026-01-01,5\nSocial,2026-01-01,2026-01-31,-3\nWeb,next week,2026-01-31,1\n',
    )
    const map = await mapping('spend', 'spend', {
      channel: 'channel',
      periodStart: 'from',
      periodEnd: 'to',
      amountCents: { column: 'cost', transforms: ['cents'] },
    })
    const run = await runFileCli('import', 'spend', csv, '--map', map, '--dry-run')
    expect(run.code, run.err).toBe(0)
    expect(run.out).toContain('dry run (nothing written)')
    expect(run.out).toContain('read 4, created 1, updated 0, merged 0, rejected 3')
    expect(run.out).toContain(
      'line 3: spend.period_reversed: the period ends 2026-01-01, before it starts 2026-02-01 — fix:',
    )
    expect(run.out).toContain('line 4: spend.negative_amount:')
    expect(run.out).toContain('line 5: spend.bad_date: periodStart "next week" is not a date')
  })

  it('reports what account hygiene notes, and events that name no person', async () => {
    const accounts = await file(
      'accounts.csv',
      'account,office_location\nBioholding,Philipines\n,Kenya\n',
    )
    const accountMap = await mapping('acc', 'accounts', {
      name: 'account',
      country: 'office_location',
    })
    const checked = await runFileCli(
      'import',
      'accounts',
      accounts,
      '--map',
      accountMap,
      '--dry-run',
      '--json',
    )
    expect(JSON.parse(checked.out).summary).toMatchObject({
      created: 1,
      rejectedByReason: { 'account.missing_name': 1 },
      notedByReason: { country_unknown: 1 },
    })
    const events = await file(
      'events.csv',
      'who,what,when\n,visit,2026-01-01\nana@acme.com,visit,2026-01-01\n',
    )
    const eventMap = await mapping('ev', 'events', {
      email: 'who',
      type: 'what',
      occurredAt: 'when',
    })
    const run = await runFileCli(
      'import',
      'events',
      events,
      '--map',
      eventMap,
      '--dry-run',
      '--json',
    )
    expect(JSON.parse(run.out).summary).toMatchObject({
      created: 1,
      rejectedByReason: { 'event.no_person': 1 },
    })
  })

  it('refuses a mapping made for another entity', async () => {
    const csv = await file('x.csv', 'a\n1\n')
    const run = await runFileCli('import', 'spend', csv, '--map', 'maven-teams', '--dry-run')
    expect(run.code).toBe(2)
    expect(run.err).toContain('Mapping maven-teams is for teams, not spend.')
  })
})
