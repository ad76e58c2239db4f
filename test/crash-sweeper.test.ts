import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepAllDue } from '../src/app/sla/sweep-clocks.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { openEmbedded } from '../src/db/open-database.ts'
import { createStorage } from '../src/db/storage.ts'
import { batonBin, startBaton, type RunningBaton } from './baton-process.ts'
import { readLadderState } from './ladder-state.ts'
import { seedOverdueClocks } from './overdue-clocks.ts'

const leads = 1500

let dir: string
let running: RunningBaton | undefined
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-crash-sweeper-'))
})
afterAll(async () => {
  await running?.stop('SIGKILL')
  await rm(dir, { recursive: true, force: true })
})

async function serve(db: string): Promise<RunningBaton> {
  running = await startBaton(process.execPath, [batonBin, 'serve', '--db', db, '--port', '0'], {})
  return running
}

type BatchLine = { checked: number; steps: number; failed: number }

/**
 * Waits for the server to log a sweep batch it has committed. Not by time or by the size of the
 * write-ahead log (PGlite preallocates it in 16 MB segments), and not over the API: a pass on the
 * embedded database holds the event loop until it ends. The next batch has just begun when the
 * line arrives.
 */
async function untilBatchCommitted(server: RunningBaton): Promise<BatchLine> {
  const deadline = Date.now() + 150_000
  while (Date.now() < deadline) {
    const line = server
      .output()
      .split('\n')
      .find((text) => text.includes('"msg":"sweep batch committed"'))
    if (line !== undefined) return JSON.parse(line) as BatchLine
    if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`no sweep batch committed in 150 s:\n${server.output()}`)
}

describe('crash safety of the sweeper', { timeout: 400_000 }, () => {
  it('a server killed with SIGKILL mid-sweep neither loses nor repeats a step; restarted, every ladder runs once', async () => {
    const db = path.join(dir, 'db')
    const { clocks, ladder } = await seedOverdueClocks(db, leads)
    expect(clocks).toBe(leads)
    const seeded = await readLadderState(db, ladder)
    expect(seeded).toMatchObject({ clocks: leads, advanced: 0, steps: 0, problems: [] })

    // Killed as soon as the first sweep transaction committed, while the next one runs.
    const first = await serve(db)
    const batch = await untilBatchCommitted(first)
    await first.stop('SIGKILL')
    expect(batch).toMatchObject({ steps: batch.checked, failed: 0 })
    const torn = await readLadderState(db, ladder)
    expect(torn.problems).toEqual([])
    // Whole batches only: the one the kill cut short left nothing.
    expect(torn.steps).toBeGreaterThanOrEqual(batch.steps)
    expect(torn.steps % batch.checked).toBe(0)
    expect(torn.advanced).toBeGreaterThan(0)
    expect(torn.steps).toBeLessThan(leads * ladder.length)
    expect(torn.finished).toBeLessThan(leads)

    // Restarted, it takes up where the last commit left off; SIGTERM lets the running pass finish.
    const second = await serve(db)
    await untilBatchCommitted(second)
    expect(await second.stop('SIGTERM')).toBe(0)
    const resumed = await readLadderState(db, ladder)
    expect(resumed.problems).toEqual([])
    expect(resumed.steps).toBeGreaterThan(torn.steps)

    const opened = await openEmbedded(db)
    const storage = createStorage(opened)
    try {
      await migrateToLatest(opened.db)
      const clock = { now: () => new Date() }
      for (;;) if ((await sweepAllDue({ storage, clock }, { batchSize: 500 })).checked === 0) break
    } finally {
      await storage.close()
    }
    expect(await readLadderState(db, ladder)).toEqual({
      clocks: leads,
      advanced: leads,
      finished: leads,
      steps: leads * ladder.length,
      newestOutboxId: expect.any(Number),
      problems: [],
    })

    // The checks are not vacuous: a step message gone and a level moved on without one both show.
    const tampered = await openEmbedded(db)
    const firstStep = sql`(SELECT min(id) FROM outbox WHERE dedupe_key LIKE 'clock:%')`
    await sql`UPDATE sla_clock SET escalation_level = 1, next_check_at = now() WHERE id = (
        SELECT id FROM sla_clock WHERE id::text <> (SELECT payload->>'clockId' FROM outbox WHERE id = ${firstStep})
        ORDER BY id LIMIT 1)`.execute(tampered.db)
    await sql`DELETE FROM outbox WHERE id = ${firstStep}`.execute(tampered.db)
    await tampered.db.destroy()
    const { problems } = await readLadderState(db, ladder)
    expect(problems).toHaveLength(2)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/is at level 2 with step messages \[1\]$/),
        expect.stringMatching(/is at level 1 with step messages \[0,1\]$/),
      ]),
    )
  })
})
