import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStorage } from '../src/db/open-storage.ts'
import { openEmbedded } from '../src/db/open-database.ts'
import { runBaton } from './baton-process.ts'

const data = path.resolve(import.meta.dirname, '../../shared/data')
const olistMql = path.join(
  data,
  'olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv',
)
const xEducation = path.join(data, 'x-education-lead-scoring/Leads.csv')

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-import-'))
  await readFile(olistMql).catch(() => {
    throw new Error(
      `The shared data sets are missing: ${data} must sit beside the checkout (../shared/data).`,
    )
  })
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

type Summary = {
  read: number
  created: number
  updated: number
  merged: number
  rejected: number
  rejectedByReason: Record<string, number>
}

async function importFile(db: string, file: string, map: string, ...extra: string[]) {
  const run = await runBaton([
    'import',
    'leads',
    file,
    '--map',
    map,
    '--json',
    '--db',
    db,
    '--rejects',
    path.join(dir, 'rejects.csv'),
    ...extra,
  ])
  if (run.code !== 0) throw new Error(`import failed (${run.code}): ${run.stderr}`)
  return JSON.parse(run.stdout) as { summary: Summary; rejectFile?: string }
}

async function query<T>(db: string, statement: ReturnType<typeof sql<T>>): Promise<T[]> {
  const opened = await openEmbedded(db)
  try {
    return (await statement.execute(opened.db)).rows
  } finally {
    await opened.db.destroy()
  }
}

describe('importing the Olist marketing-qualified leads', () => {
  const db = () => path.join(dir, 'olist', 'db')

  it('creates the 8,000 MQLs once, by source, and a re-import changes nothing', async () => {
    const first = await importFile(db(), olistMql, 'olist-mql')
    expect(first.summary).toMatchObject({ read: 8000, created: 8000, rejected: 0 })
    const bySource = await query<{ source: string | null; n: number }>(
      db(),
      sql`SELECT source, count(*)::int AS n FROM person GROUP BY source ORDER BY n DESC`,
    )
    const counts = Object.fromEntries(bySource.map((row) => [row.source ?? '(none)', row.n]))
    // PROVENANCE.md: organic_search 2296, paid_search 1586, social 1350, direct_traffic 499, email 493, referral 284.
    expect(counts).toMatchObject({
      'organic search': 2296,
      'paid search': 1586,
      social: 1350,
      'direct traffic': 499,
      email: 493,
      referral: 284,
    })
    const before = await query<{ people: number; activities: number; events: number }>(
      db(),
      sql`SELECT (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM activity) AS activities, (SELECT count(*)::int FROM stage_event) AS events`,
    )
    const again = await importFile(db(), olistMql, 'olist-mql')
    expect(again.summary).toMatchObject({
      read: 8000,
      created: 0,
      updated: 0,
      merged: 8000,
      rejected: 0,
    })
    const after = await query<{ people: number; activities: number; events: number }>(
      db(),
      sql`SELECT (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM activity) AS activities, (SELECT count(*)::int FROM stage_event) AS events`,
    )
    expect(after).toEqual(before)
    expect(before[0]).toEqual({ people: 8000, activities: 8000, events: 8000 })
    const earliest = await query<{ first: string }>(
      db(),
      sql`SELECT min(occurred_at)::date::text AS first FROM stage_event`,
    )
    expect(earliest[0]?.first).toBe('2017-06-14')
  }, 300_000)
})

describe('importing the X Education leads', () => {
  it('takes all 9,240 leads in, blanks the "Select" placeholders, and keeps opt-outs', async () => {
    const db = path.join(dir, 'xed', 'db')
    const result = await importFile(db, xEducation, 'x-education')
    expect(result.summary).toMatchObject({ read: 9240, created: 9240, rejected: 0 })
    const [row] = await query<{
      people: number
      opted_out: number
      select_city: number
      google: number
    }>(
      db,
      sql`SELECT count(*)::int AS people,
                 count(*) FILTER (WHERE do_not_contact)::int AS opted_out,
                 count(*) FILTER (WHERE properties->>'City' = 'Select')::int AS select_city,
                 count(*) FILTER (WHERE source = 'google')::int AS google
          FROM person`,
    )
    expect(row?.people).toBe(9240)
    expect(row?.opted_out).toBeGreaterThan(0)
    expect(row?.google).toBeGreaterThan(2800)
    expect(row?.select_city).toBe(0)
  }, 300_000)
})

describe('importing bad files', () => {
  it('rejects ragged rows and bad values into the reject file with their line, and writes nothing on a dry run', async () => {
    const file = path.join(dir, 'bad.csv')
    await writeFile(
      file,
      'mql_id,first_contact_date,landing_page_id,origin\na1,2018-02-01,lp,social\na2,2018-02-01\na3,not-a-date,lp,email\n',
    )
    const db = path.join(dir, 'bad', 'db')
    const dry = await importFile(db, file, 'olist-mql', '--dry-run')
    expect(dry.summary).toMatchObject({
      read: 3,
      created: 1,
      rejected: 2,
      rejectedByReason: { malformed_row: 1, bad_value: 1 },
    })
    const real = await importFile(db, file, 'olist-mql')
    expect(real.summary).toMatchObject({ read: 3, created: 1, rejected: 2 })
    const rejects = await readFile(path.join(dir, 'rejects.csv'), 'utf8')
    expect(rejects.split('\n')[0]).toBe(
      'row,line,reason,message,mql_id,first_contact_date,landing_page_id,origin',
    )
    expect(rejects).toMatch(/^2,3,malformed_row,/m)
    expect(rejects).toMatch(/^3,4,bad_value,/m)
  })

  it('stops with the line number on bytes that are not UTF-8', async () => {
    const file = path.join(dir, 'latin1.csv')
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from('mql_id,first_contact_date,landing_page_id,origin\nb1,2018-02-01,lp,'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    )
    const run = await runBaton([
      'import',
      'leads',
      file,
      '--map',
      'olist-mql',
      '--db',
      path.join(dir, 'latin', 'db'),
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/line 2/)
  })

  it('names the missing columns when the file does not fit the mapping', async () => {
    const file = path.join(dir, 'semicolon.csv')
    await writeFile(
      file,
      'mql_id;first_contact_date;landing_page_id;origin\nc1;2018-02-01;lp;social\n',
    )
    const run = await runBaton([
      'import',
      'leads',
      file,
      '--map',
      'olist-mql',
      '--db',
      path.join(dir, 'semi', 'db'),
    ])
    expect(run.code === 0 || run.code === 2).toBe(true)
    if (run.code === 2) expect(run.stderr).toMatch(/column/i)
  })
})

describe('storage after an import', () => {
  it('opens cleanly (the import released the embedded lock)', async () => {
    const opened = await openStorage(
      { kind: 'embedded', dataDir: path.join(dir, 'bad', 'db') },
      'test',
    )
    await opened.close()
  })
})
