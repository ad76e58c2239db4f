import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import type { UseCaseContext } from '../app/context.ts'
import { createPerson } from '../app/records/people.ts'
import type { PersonScoreUpdate } from '../app/scoring/scoring-ports.ts'
import type { PersonId } from '../core/shared/index.ts'
import { personScoreStore } from './person-score.store.ts'

describeEachBackend('person score store', (db) => {
  const run = <T>(query: ReturnType<typeof sql<T>>) => query.execute(db().opened.db)

  it('finds and locks live people by source id or email, in id order, with the keys that named them', async () => {
    const { store } = await db().workspace()
    const other = await db().workspace()
    const ctx: UseCaseContext = { store, clock: fixedClock(), actor: 'test', role: 'admin' }
    const ana = await createPerson(ctx, { email: 'ana@acme.com' })
    const bo = await createPerson(ctx, { email: 'bo@acme.com' })
    const gone = await createPerson(ctx, { email: 'gone@acme.com' })
    const elsewhere = await createPerson({ ...ctx, store: other.store }, { email: 'bo@acme.com' })
    await run(sql`UPDATE person SET merged_into = ${bo.id} WHERE id = ${gone.id}`)
    await run(sql`UPDATE person SET external_id = 'CRM-1' WHERE id IN (${ana.id}, ${elsewhere.id})`)

    const found = await store.transaction((tx) =>
      tx.scoring.people.lockRowsByKeys({
        externalIds: ['CRM-1', 'CRM-404'],
        emails: ['bo@acme.com', 'gone@acme.com', 'nobody@acme.com'],
      }),
    )
    expect(found.map((f) => f.row.id)).toEqual([ana.id, bo.id].sort())
    expect(found.map((f) => [f.row.id, f.externalId, f.emailNormalized])).toEqual(
      expect.arrayContaining([
        [ana.id, 'CRM-1', 'ana@acme.com'],
        [bo.id, null, 'bo@acme.com'],
      ]),
    )
    expect(found.find((f) => f.row.id === bo.id)?.row).toMatchObject({
      stage: expect.any(String),
      person: { emailDomain: 'acme.com' },
    })
    const byOne = (keys: { externalIds: string[]; emails: string[] }) =>
      store.transaction(async (tx) =>
        (await tx.scoring.people.lockRowsByKeys(keys)).map((f) => f.row.id),
      )
    expect(await byOne({ externalIds: [], emails: ['bo@acme.com', 'ana@acme.com'] })).toEqual(
      [ana.id, bo.id].sort(),
    )
    expect(await byOne({ externalIds: ['CRM-1'], emails: [] })).toEqual([ana.id])
    expect(await store.scoring.people.lockRowsByKeys({ externalIds: [], emails: [] })).toEqual([])
  })

  it('reads the free-mail flag fit rules look at: true, false, or unknown when never set', async () => {
    const { store } = await db().workspace()
    const ctx: UseCaseContext = { store, clock: fixedClock(), actor: 'test', role: 'admin' }
    const gmail = await createPerson(ctx, { email: 'ana.lima@gmail.com' })
    const work = await createPerson(ctx, { email: 'bo@acme.com' })
    const unflagged = await createPerson(ctx, { email: 'cy@acme.com' })
    // As intake writes them (hygiene's email flags); a person made another way may have none.
    const flag = (id: PersonId, flags: string) =>
      run(sql`UPDATE person SET flags = ${flags}::jsonb WHERE id = ${id}`)
    await flag(gmail.id, '{"freeMail": true, "disposable": false, "roleAddress": false}')
    await flag(work.id, '{"freeMail": false, "disposable": false, "roleAddress": false}')
    await flag(unflagged.id, '{"disposable": false}')
    const rows = await store.scoring.people.findRows([gmail.id, work.id, unflagged.id])
    const freeMail = new Map(rows.map((row) => [row.id, row.person.freeMail]))
    expect(freeMail.get(gmail.id)).toBe(true)
    expect(freeMail.get(work.id)).toBe(false)
    expect(freeMail.get(unflagged.id)).toBeNull()
  })

  it('rewrites a re-scored person beside the old version, touching none of its indexes', async () => {
    const { store } = await db().workspace()
    const workspaceId = store.workspaceId
    await run(sql`INSERT INTO person (workspace_id, email, email_normalized, title)
      SELECT ${workspaceId}::uuid, 'p' || g || '@acme.com', 'p' || g || '@acme.com', 'Manager'
      FROM generate_series(1, 600) g`)
    const { rows } = await run(sql<{ id: PersonId }>`SELECT id FROM person
      WHERE workspace_id = ${workspaceId} ORDER BY id`)
    const scored = (id: PersonId, total: number): PersonScoreUpdate => ({
      id,
      fit: 5,
      engagement: total - 5,
      intent: 0,
      total,
      band: { fit: 'C', engagement: '2', name: 'C2' },
      modelVersion: 1,
      scoredAt: new Date('2026-11-23T15:00:00Z'),
      state: {
        modelVersion: 1,
        atMs: Date.parse('2026-11-23T15:00:00Z'),
        lastEventAtMs: Date.parse('2026-11-23T14:00:00Z'),
        scored: Array.from({ length: 20 }, (_, k) => [k % 14, Date.parse('2026-11-01') + k * 1000]),
        negativeAtMs: [null],
      },
    })
    await store.scoring.people.saveScores(rows.map((row) => scored(row.id, 20)))
    // As real time re-scores them: a few people of every page at once, the rest later.
    const some = rows.filter((_, k) => k % 10 === 0)
    // The counter holds what this connection has not reported yet, so only its growth counts.
    const heapOnly = await db()
      .opened.db.transaction()
      .execute(async (tx) => {
        const counted = async () => {
          const { rows: counts } = await sql<{ n: number }>`
          SELECT pg_stat_get_xact_tuples_hot_updated('person'::regclass)::int AS n`.execute(tx)
          return counts[0]?.n ?? 0
        }
        const before = await counted()
        await personScoreStore(tx, workspaceId).saveScores(some.map((row) => scored(row.id, 30.5)))
        return (await counted()) - before
      })
    expect(heapOnly).toBe(some.length)
    const { rows: saved } = await run(sql<{ n: number }>`SELECT count(*)::int AS n FROM person
      WHERE workspace_id = ${workspaceId} AND score = 30.5`)
    expect(saved[0]?.n).toBe(some.length)
  })
})
