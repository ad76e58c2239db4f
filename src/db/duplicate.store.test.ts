import { sql } from 'kysely'
import { expect, it } from 'vitest'
import type { UseCaseContext } from '../app/context.ts'
import { createAccount } from '../app/records/accounts.ts'
import { createPerson } from '../app/records/people.ts'
import { nameKey } from '../core/duplicates/index.ts'
import type { PersonFields } from '../core/records/index.ts'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'

describeEachBackend('duplicate store', (db) => {
  async function context(): Promise<UseCaseContext> {
    return {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'test',
      role: 'admin' as const,
    }
  }
  const add = async (ctx: UseCaseContext, fields: PersonFields) =>
    (await createPerson(ctx, fields)).id

  it('folds last names in SQL exactly as core does, so blocking finds what matching accepts', async () => {
    const names = [
      "O'Brien",
      'O’BRIEN',
      'Núñez',
      'NUNEZ',
      'García-Márquez',
      'van der Berg',
      'Straße',
      'Øster',
      'Łukasz',
      'Иванов',
      '王',
      'Jose\u0301',
    ]
    const { rows } = await sql<{ key: string | null }>`SELECT baton_name_key(n) AS key
      FROM unnest(${sql.raw(`ARRAY[${names.map((n) => `'${n.replace(/'/g, "''")}'`).join(',')}]`)}) AS n`.execute(
      db().opened.db,
    )
    expect(rows.map((row) => row.key)).toEqual(names.map((name) => nameKey(name)))
  })

  it('finds pairs by shared phone and by last name at one account, for a whole list at once', async () => {
    const ctx = await context()
    const acme = (await createAccount(ctx, { name: 'Acme', domain: 'acme.com' })).id
    const phone = '+14155552671'
    const ana = await add(ctx, { email: 'ana@acme.com', lastName: 'Núñez', accountId: acme })
    const caller = await add(ctx, { email: 'x@globex.com', phone })
    const elsewhere = await add(ctx, { email: 'n@globex.com', lastName: 'Nunez' })
    const anaAgain = await add(ctx, {
      email: 'a.nunez@acme.com',
      lastName: 'NUNEZ',
      accountId: acme,
    })
    const callerAgain = await add(ctx, { email: 'y@initech.com', phone })
    const pairs = await ctx.store.duplicates.findCandidatePairs([anaAgain, callerAgain])
    const sorted = (ids: readonly string[]) => [...ids].sort()
    expect(pairs.map(sorted).sort()).toEqual(
      [sorted([ana, anaAgain]), sorted([caller, callerAgain])].sort(),
    )
    expect(pairs.flat()).not.toContain(elsewhere)
    for (const [a, b] of pairs) expect(a < b).toBe(true)
  })

  it('skips merged people and never looks into another workspace', async () => {
    const ctx = await context()
    const other = await context()
    const phone = '+442079460958'
    const merged = await add(ctx, { email: 'm@acme.com', phone })
    const survivor = await add(ctx, { email: 's@acme.com' })
    await add(other, { email: 'o@acme.com', phone })
    await sql`UPDATE person SET merged_into = ${survivor} WHERE id = ${merged}`.execute(
      db().opened.db,
    )
    const fresh = await add(ctx, { email: 'f@acme.com', phone })
    expect(await ctx.store.duplicates.findCandidatePairs([fresh])).toEqual([])
    expect(await ctx.store.duplicates.findCandidatePairs([])).toEqual([])
  })

  it('queues a pair once, keeps a decided pair decided, and pages the open queue', async () => {
    const ctx = await context()
    const a = await add(ctx, { email: 'a@acme.com' })
    const b = await add(ctx, { email: 'b@acme.com' })
    const c = await add(ctx, { email: 'c@acme.com' })
    const match = { score: 60, tier: 'weak', evidence: [] } as const
    const store = ctx.store.duplicates
    await store.insertCandidates([
      { personIds: [b, a], match },
      { personIds: [a, c], match },
    ])
    await store.insertCandidates([{ personIds: [c, b], match }])
    await store.insertCandidates([{ personIds: [a, b], match: { ...match, score: 99 } }])
    const decided = await store.recordDecision(
      { personIds: [c, a], match },
      { status: 'dismissed', decidedBy: 'test', decidedAt: new Date('2026-11-23T15:00:00Z') },
    )
    await store.insertCandidates([{ personIds: [a, c], match }])
    expect(decided).toMatchObject({ status: 'dismissed', decidedBy: 'test' })
    const first = await store.listOpen({ limit: 1 })
    expect(first.items).toHaveLength(1)
    expect(first.items[0]).toMatchObject({ score: 60, status: 'open' })
    expect(first.items[0]?.personA.id).toBe(a < b ? a : b)
    const rest = await store.listOpen({ limit: 1, cursor: first.nextCursor ?? '' })
    expect(rest.nextCursor).toBeUndefined()
    expect(rest.items.map((item) => [item.personAId, item.personBId].sort())).toEqual([
      [b, c].sort(),
    ])
  })
})
