import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportSummary } from '../src/app/intake/import-summary.ts'
import { openEmbedded } from '../src/db/open-database.ts'
import { runBaton, startBaton } from './baton-process.ts'
import { sharedDataPath } from './shared-data.ts'

// PROVENANCE.md, section 3 (Maven Analytics CRM Sales Opportunities, fictional data).
const maven = (file: string) => sharedDataPath('maven-crm-sales-opportunities', file)
const files = {
  teams: { file: maven('sales_teams.csv'), map: 'maven-teams' },
  products: { file: maven('products.csv'), map: 'maven-products' },
  accounts: { file: maven('accounts.csv'), map: 'maven-accounts' },
  opportunities: { file: maven('sales_pipeline.csv'), map: 'maven-pipeline' },
} as const
type Entity = keyof typeof files

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-maven-'))
  await readFile(files.opportunities.file).catch(() => {
    throw new Error(
      `The shared data sets are missing: ${files.opportunities.file} (../shared/data).`,
    )
  })
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function importFile(db: string, entity: Entity, file: string = files[entity].file) {
  const run = await runBaton([
    'import',
    entity,
    file,
    '--map',
    files[entity].map,
    '--json',
    '--db',
    db,
    '--rejects',
    path.join(dir, `${entity}.rejects.csv`),
  ])
  if (run.code !== 0) throw new Error(`import ${entity} failed (${run.code}): ${run.stderr}`)
  return (JSON.parse(run.stdout) as { summary: ImportSummary }).summary
}

async function query<T>(db: string, statement: ReturnType<typeof sql<T>>): Promise<T[]> {
  const opened = await openEmbedded(db)
  try {
    return (await statement.execute(opened.db)).rows
  } finally {
    await opened.db.destroy()
  }
}

type Totals = Record<'deals' | 'accounts' | 'products' | 'users' | 'teams' | 'events', number>
const totals = sql<Totals>`SELECT (SELECT count(*)::int FROM opportunity) AS deals,
  (SELECT count(*)::int FROM account) AS accounts, (SELECT count(*)::int FROM product) AS products,
  (SELECT count(*)::int FROM "user") AS users, (SELECT count(*)::int FROM team) AS teams,
  (SELECT count(*)::int FROM stage_event) AS events`

describe('importing the Maven CRM data set end to end', { timeout: 600_000 }, () => {
  const db = () => path.join(dir, 'maven', 'db')

  it('takes the roster, catalog and accounts in, each row once', async () => {
    expect(await importFile(db(), 'teams')).toMatchObject({ read: 35, created: 35, rejected: 0 })
    expect(await importFile(db(), 'products')).toMatchObject({ read: 7, created: 7, rejected: 0 })
    const accounts = await importFile(db(), 'accounts')
    // Subsidiaries listed before their parent create it bare; the parent's own row then fills it.
    expect(accounts).toMatchObject({ read: 85, rejected: 0 })
    expect(accounts.created + accounts.updated).toBe(85)
    const [row] = await query<{ accounts: number; parents: number; managers: number }>(
      db(),
      sql`SELECT (SELECT count(*)::int FROM account) AS accounts,
        (SELECT count(*)::int FROM account WHERE parent_id IS NOT NULL) AS parents,
        (SELECT count(DISTINCT manager_id)::int FROM "user") AS managers`,
    )
    expect(row).toEqual({ accounts: 85, parents: 15, managers: 6 })
  })

  it('imports the 8,800 deals with the PROVENANCE facts, GTXPro joined to GTX Pro', async () => {
    const summary = await importFile(db(), 'opportunities')
    expect(summary).toMatchObject({
      read: 8800,
      created: 8800,
      rejected: 0,
      notedByReason: { no_account: 1425 },
    })
    const byStatus = await query<{ status: string; n: number; dollars: string }>(
      db(),
      sql`SELECT status, count(*)::int AS n, (sum(amount_cents) / 100)::bigint::text AS dollars
          FROM opportunity GROUP BY status ORDER BY status`,
    )
    expect(byStatus).toEqual([
      { status: 'lost', n: 2473, dollars: '0' },
      { status: 'open', n: 2089, dollars: '0' },
      { status: 'won', n: 4238, dollars: '10005534' },
    ])
    const [links] = await query<{
      gtxpro: number
      gtx_pro: number
      in_catalog: number
      owned: number
    }>(
      db(),
      sql`SELECT count(*) FILTER (WHERE o.product = 'GTXPro')::int AS gtxpro,
          count(*) FILTER (WHERE p.name = 'GTX Pro')::int AS gtx_pro,
          count(p.id)::int AS in_catalog, count(o.owner_id)::int AS owned
          FROM opportunity o LEFT JOIN product p ON p.workspace_id = o.workspace_id AND p.name = o.product`,
    )
    const pipeline = await readFile(files.opportunities.file, 'utf8')
    expect(links).toEqual({
      gtxpro: 0,
      gtx_pro: pipeline.split('\n').filter((line) => line.includes(',GTXPro,')).length,
      in_catalog: 8800,
      owned: 8800,
    })
    expect(links?.gtx_pro).toBeGreaterThan(0)
    const report = await runBaton(['report', 'quality', '--json', '--db', db()])
    expect(report.code, report.stderr).toBe(0)
    expect(JSON.parse(report.stdout)).toMatchObject({
      pipeline: {
        opportunities: 8800,
        withoutAccount: 1425,
        withoutOwner: 0,
        productNotInCatalog: 0,
      },
    })
    // PROVENANCE.md: Won 4,238, Lost 2,473, Engaging 1,589, Prospecting 500; won revenue
    // 10,005,534; median engage-to-close 45 days.
    const run = await runBaton(['report', 'pipeline', '--json', '--db', db()])
    expect(run.code, run.stderr).toBe(0)
    const byStage = JSON.parse(run.stdout) as {
      total: {
        stages: { stage: string; deals: number }[]
        won: number
        lost: number
        wonAmountCents: number
        salesCycleDays: { median: number }
      }
    }
    expect(Object.fromEntries(byStage.total.stages.map((s) => [s.stage, s.deals]))).toEqual({
      Won: 4238,
      Lost: 2473,
      Engaging: 1589,
      Prospecting: 500,
    })
    expect(byStage.total).toMatchObject({ won: 4238, lost: 2473, wonAmountCents: 1_000_553_400 })
    expect(byStage.total.salesCycleDays.median).toBe(45)
  })

  it('changes nothing when every file is imported again', async () => {
    const before = await query<Totals>(db(), totals)
    const counts = { teams: 35, products: 7, accounts: 85, opportunities: 8800 }
    for (const entity of ['teams', 'products', 'accounts', 'opportunities'] as const) {
      expect(await importFile(db(), entity)).toMatchObject({
        read: counts[entity],
        created: 0,
        updated: 0,
        merged: counts[entity],
      })
    }
    expect(await query<Totals>(db(), totals)).toEqual(before)
  })
})

describe('importing while `baton serve` holds the database', { timeout: 600_000 }, () => {
  it('goes through the server API and gives the same result', async () => {
    const db = path.join(dir, 'served', 'db')
    const head = (await readFile(files.opportunities.file, 'utf8')).split('\n').slice(0, 301)
    const sample = path.join(dir, 'pipeline-300.csv')
    await writeFile(sample, `${head.join('\n')}\n`)
    const server = await startBaton(
      process.execPath,
      ['bin/baton.js', 'serve', '--port', '0', '--db', db],
      {},
    )
    try {
      expect(await importFile(db, 'teams')).toMatchObject({ created: 35 })
      expect(await importFile(db, 'products')).toMatchObject({ created: 7 })
      expect(await importFile(db, 'accounts')).toMatchObject({ read: 85, rejected: 0 })
      const deals = await importFile(db, 'opportunities', sample)
      expect(deals).toMatchObject({ read: 300, created: 300, rejected: 0 })
      expect(await importFile(db, 'opportunities', sample)).toMatchObject({ merged: 300 })
      for (const route of [
        'team-members/batch',
        'products/batch',
        'accounts/batch',
        'opportunities/batch',
        'import-runs',
      ])
        expect(server.output()).toContain(`"path":"/v1/${route}"`)
    } finally {
      expect(await server.stop()).toBe(0)
    }
    const [row] = await query<{ runs: number; owned: number; joined: number }>(
      db,
      sql`SELECT (SELECT count(*)::int FROM import_run) AS runs,
        (SELECT count(owner_id)::int FROM opportunity) AS owned,
        (SELECT count(*)::int FROM opportunity WHERE product = 'GTXPro') AS joined`,
    )
    expect(row).toEqual({ runs: 5, owned: 300, joined: 0 })
  })
})
