import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { PersonFields } from '../../core/records/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { createAccount } from '../records/accounts.ts'
import { createPerson } from '../records/people.ts'
import { mergePeople } from './merge-people.ts'
import { mergeReviewedPairs } from './merge-reviewed-pairs.ts'

type Names = Record<'old' | 'mid' | 'early' | 'fresh', PersonId> & { readonly acme: string }

describeEachBackend('mergeReviewedPairs', (db) => {
  async function context(): Promise<UseCaseContext> {
    return {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'intake',
      role: 'admin' as const,
    }
  }

  // Four records of one person, created a day apart in this order; `early` already merged into `mid`.
  async function fourOfAna(ctx: UseCaseContext): Promise<Names> {
    const acme = (await createAccount(ctx, { name: 'Acme', domain: 'acme.com' })).id
    const add = async (day: number, fields: PersonFields) => {
      const { id } = await createPerson(ctx, { firstName: 'Ana', lastName: 'Núñez', ...fields })
      await sql`UPDATE person SET created_at = ${new Date(Date.UTC(2024, 0, day))}
        WHERE id = ${id}`.execute(db().opened.db)
      return id
    }
    const old = await add(1, { email: 'ana@acme.com', accountId: acme })
    const mid = await add(2, {
      email: 'anunez@acme.com',
      phone: '+34911234567',
      title: 'CTO',
      accountId: acme,
    })
    const early = await add(3, { email: 'ana.n@acme.com', phone: '+34911234567', accountId: acme })
    const fresh = await add(4, {
      email: 'ana.es@acme.com',
      phone: '+34911234567',
      country: 'ES',
      doNotContact: true,
      accountId: acme,
    })
    await ctx.store.transaction((tx) => mergePeople(tx, ctx, [mid, early], { automatic: false }))
    return { old, mid, early, fresh, acme }
  }

  // Everything a merge writes, with ids replaced by the names above so two workspaces compare.
  async function written(ctx: UseCaseContext, names: Names) {
    const { acme: _acme, ...personNames } = names
    const ids = Object.values(personNames)
    const rename = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (_, v: unknown) =>
        typeof v === 'string'
          ? Object.entries(names).reduce((text, [name, id]) => text.replaceAll(id, name), v)
          : v,
      )
    const people = await ctx.store.duplicates.findPeople(ids)
    const { rows: audit } = await sql<{ subject_id: string; details: Record<string, unknown> }>`
      SELECT subject_id, details FROM audit_log WHERE action = 'person.merged'
        AND subject_id IN (${sql.join(ids)}) ORDER BY id`.execute(db().opened.db)
    const { rows: pairs } = await sql<{ a: string; b: string; status: string; score: number }>`
      SELECT person_a_id AS a, person_b_id AS b, status, score FROM duplicate_candidate
        WHERE person_a_id IN (${sql.join(ids)})`.execute(db().opened.db)
    const byName = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id)
    const named = rename({
      people: people.map(({ id, mergedInto, title, phone, country, doNotContact }) => ({
        id,
        mergedInto,
        title,
        phone,
        country,
        doNotContact,
      })),
      audit: audit.map(({ subject_id, details }) => ({
        subject_id,
        ...details,
        candidateId: typeof details.candidateId === 'string',
      })),
      pairs: pairs.map(({ a, b, status, score }) => ({ ids: [a, b], status, score })),
    }) as { people: { id: string }[]; audit: unknown[]; pairs: { ids: string[] }[] }
    // Which of two people is "a" follows their random ids; compare the pairs and people by name.
    named.people.sort(byName)
    for (const pair of named.pairs) pair.ids.sort()
    named.pairs.sort((x, y) => x.ids.join().localeCompare(y.ids.join()))
    return named
  }

  it('writes what mergePeople one merge after another writes, chains and repointing included', async () => {
    const one = await context()
    const oneNames = await fourOfAna(one)
    await one.store.transaction(async (tx) => {
      await mergePeople(tx, one, [oneNames.mid, oneNames.fresh], { automatic: true })
      await mergePeople(tx, one, [oneNames.old, oneNames.mid], { automatic: true })
    })
    const all = await context()
    const allNames = await fourOfAna(all)
    const results = await all.store.transaction((tx) =>
      mergeReviewedPairs(tx, all, [
        { a: allNames.mid, b: allNames.fresh },
        { a: allNames.old, b: allNames.mid },
      ]),
    )
    expect(results.map(({ survivorId, mergedId }) => [survivorId, mergedId])).toEqual([
      [allNames.mid, allNames.fresh],
      [allNames.old, allNames.mid],
    ])
    const expected = await written(one, oneNames)
    expect(await written(all, allNames)).toEqual(expected)
    // The chain ends at the oldest record, which took the title, phone, country and opt-out.
    expect(expected).toMatchObject({
      people: expect.arrayContaining([
        {
          id: 'old',
          mergedInto: null,
          title: 'CTO',
          phone: '+34911234567',
          country: 'ES',
          doNotContact: true,
        },
        expect.objectContaining({ id: 'early', mergedInto: 'old' }),
        expect.objectContaining({ id: 'fresh', mergedInto: 'old' }),
      ]),
    })
  })

  it('refuses a pair naming a person merged away or the same person twice, as mergePeople does', async () => {
    const ctx = await context()
    const names = await fourOfAna(ctx)
    const merge = (a: PersonId, b: PersonId) =>
      ctx.store.transaction((tx) => mergeReviewedPairs(tx, ctx, [{ a, b }]))
    expect(await codeOf(merge(names.old, names.early))).toBe('duplicate.already_merged')
    expect(await codeOf(merge(names.old, names.old))).toBe('duplicate.same_person')
    expect(await ctx.store.transaction((tx) => mergeReviewedPairs(tx, ctx, []))).toEqual([])
    const [old] = await ctx.store.duplicates.findPeople([names.old])
    expect(old?.title).toBeNull()
  })
})
