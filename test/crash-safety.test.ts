import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openEmbedded } from '../src/db/open-database.ts'
import { batonBin, runBaton } from './baton-process.ts'
import { sharedDataPath } from './shared-data.ts'

const olistMql = sharedDataPath(
  'olist-marketing-funnel',
  'olist_marketing_qualified_leads_dataset.csv',
)

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-crash-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function walBytes(db: string): Promise<number> {
  const wal = path.join(db, 'pg_wal')
  const names = await readdir(wal).catch(() => [] as string[])
  let total = 0
  for (const name of names)
    total += (await stat(path.join(wal, name)).catch(() => ({ size: 0 }))).size
  return total
}

type Counts = {
  people: number
  distinctSources: number
  captures: number
  capturedPeople: number
  entries: number
  enteredPeople: number
}

async function counts(db: string): Promise<Counts> {
  const opened = await openEmbedded(db)
  try {
    const { rows } = await sql<Counts>`SELECT
      (SELECT count(*)::int FROM person) AS people,
      (SELECT count(DISTINCT external_id)::int FROM person) AS "distinctSources",
      (SELECT count(*)::int FROM activity WHERE type = 'lead_captured') AS captures,
      (SELECT count(DISTINCT person_id)::int FROM activity WHERE type = 'lead_captured') AS "capturedPeople",
      (SELECT count(*)::int FROM stage_event WHERE person_id IS NOT NULL) AS entries,
      (SELECT count(DISTINCT person_id)::int FROM stage_event WHERE person_id IS NOT NULL) AS "enteredPeople"
    `.execute(opened.db)
    const [row] = rows
    if (row === undefined) throw new Error('no counts')
    return row
  } finally {
    await opened.db.destroy()
  }
}

const importArgs = (db: string) => [
  'import',
  'leads',
  olistMql,
  '--map',
  'olist-mql',
  '--no-progress',
  '--json',
  '--batch-size',
  '250',
  '--db',
  db,
  '--rejects',
  path.join(dir, 'rejects.csv'),
]

/**
 * Starts the import and SIGKILLs it once its write-ahead log has grown by `walGrowth` bytes: some
 * batches are committed, the rest not yet. (The log grows in preallocated 16 MB segments, so in
 * practice this is the moment the import's writes open a new segment.)
 */
async function killMidImport(db: string, walGrowth: number): Promise<void> {
  const child = spawn(process.execPath, [batonBin, ...importArgs(db)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  let baseline: number | undefined
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the import ended before it was killed: ${stderr}`)
    const bytes = await walBytes(db)
    // The migration writes the log first; measure growth from the first reading after it settles.
    baseline ??= bytes > 0 ? bytes : undefined
    if (baseline !== undefined && bytes - baseline >= walGrowth) break
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  child.kill('SIGKILL')
  await exited
}

describe('crash safety of the embedded database', { timeout: 600_000 }, () => {
  it('an import killed with SIGKILL leaves whole batches only, and running it again completes it with nothing twice', async () => {
    const db = path.join(dir, 'import', 'db')
    // The schema exists before the import starts, so the log's growth is the import's own.
    expect((await runBaton(['person', 'list', '--db', db])).code).toBe(0)
    await killMidImport(db, 2 * 1024 * 1024)

    const torn = await counts(db)
    expect(torn.people).toBeGreaterThan(0)
    expect(torn.people).toBeLessThan(8000)
    // Batches commit whole: every person stored has its capture and its stage entry, once.
    expect(torn.people % 250).toBe(0)
    expect(torn).toEqual({
      people: torn.people,
      distinctSources: torn.people,
      captures: torn.people,
      capturedPeople: torn.people,
      entries: torn.people,
      enteredPeople: torn.people,
    })

    const rerun = await runBaton(importArgs(db))
    expect(rerun.code, rerun.stderr).toBe(0)
    const summary = (JSON.parse(rerun.stdout) as { summary: Record<string, number> }).summary
    expect(summary).toMatchObject({ read: 8000, rejected: 0, created: 8000 - torn.people })
    expect(await counts(db)).toEqual({
      people: 8000,
      distinctSources: 8000,
      captures: 8000,
      capturedPeople: 8000,
      entries: 8000,
      enteredPeople: 8000,
    })
  })
})
