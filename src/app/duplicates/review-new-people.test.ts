import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { PersonFields } from '../../core/records/index.ts'
import type { UseCaseContext } from '../context.ts'
import { createAccount } from '../records/accounts.ts'
import { createPerson } from '../records/people.ts'
import { dismissDuplicate } from './dismiss-duplicate.ts'
import { listDuplicates } from './list-duplicates.ts'
import { mergeCandidate } from './merge-duplicates.ts'
import { reviewNewPeople } from './review-new-people.ts'

describeEachBackend('reviewNewPeople', (db) => {
  async function context(): Promise<UseCaseContext> {
    return {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'intake',
      role: 'admin' as const,
    }
  }
  const add = async (ctx: UseCaseContext, fields: PersonFields) =>
    (await createPerson(ctx, fields)).id

  it('merges a strong duplicate into the older person and queues a weak one, in the caller’s transaction', async () => {
    const ctx = await context()
    const acme = (await createAccount(ctx, { name: 'Acme', domain: 'acme.com' })).id
    const ana = await add(ctx, {
      email: 'ana@acme.com',
      firstName: 'Ana',
      lastName: 'Núñez',
      phone: '+34911234567',
      accountId: acme,
    })
    const bo = await add(ctx, {
      email: 'bo@acme.com',
      firstName: 'Bo',
      lastName: 'Lind',
      accountId: acme,
    })
    const anaAgain = await add(ctx, {
      email: 'a.nunez@acme.com',
      firstName: 'ANA',
      lastName: 'Nunez',
      phone: '+34911234567',
      accountId: acme,
    })
    const boMaybe = await add(ctx, {
      email: 'blind@acme.com',
      firstName: 'Bo',
      lastName: 'LIND',
      accountId: acme,
    })
    const review = await ctx.store.transaction((tx) =>
      reviewNewPeople(ctx, tx, [anaAgain, boMaybe]),
    )
    expect(review).toEqual({ merged: [{ personId: anaAgain, intoPersonId: ana }], queued: 1 })
    const queue = await listDuplicates(ctx, { limit: 10 })
    expect(queue.items).toHaveLength(1)
    const [candidate] = queue.items
    expect([candidate?.personA.id, candidate?.personB.id].sort()).toEqual([bo, boMaybe].sort())
    expect(candidate?.evidence.map((item) => item.field)).toEqual([
      'first_name',
      'last_name',
      'company',
    ])
    const { rows } = await sql<{ actor: string; action: string }>`
      SELECT actor, action FROM audit_log WHERE subject_id = ${anaAgain}`.execute(db().opened.db)
    expect(rows).toEqual([{ actor: 'intake', action: 'person.merged' }])
    const merged = await mergeCandidate(ctx, candidate?.id ?? '')
    expect(merged.survivorId).toBe(bo)
    expect((await listDuplicates(ctx, { limit: 10 })).items).toEqual([])
  })

  it('never merges people whose only common ground is a role address or a free-mail domain', async () => {
    const ctx = await context()
    const acme = (await createAccount(ctx, { name: 'Acme', domain: 'acme.com' })).id
    await add(ctx, {
      email: 'info@acme.com',
      lastName: 'Acme',
      accountId: acme,
      phone: '+14155552671',
    })
    await add(ctx, { email: 'john@gmail.com', firstName: 'John', lastName: 'Smith' })
    const fresh = [
      await add(ctx, { email: 'sales@acme.com', lastName: 'Acme', accountId: acme }),
      await add(ctx, { email: 'support@acme.com', phone: '+14155552671' }),
      await add(ctx, { email: 'jane@gmail.com', firstName: 'Jane', lastName: 'Smith' }),
    ]
    const review = await ctx.store.transaction((tx) => reviewNewPeople(ctx, tx, fresh))
    expect(review).toEqual({ merged: [], queued: 0 })
  })

  it('does nothing for an empty batch or a batch without candidates', async () => {
    const ctx = await context()
    expect(await reviewNewPeople(ctx, ctx.store, [])).toEqual({ merged: [], queued: 0 })
    const lone = await add(ctx, { email: 'lone@acme.com', firstName: 'Lone' })
    expect(await reviewNewPeople(ctx, ctx.store, [lone])).toEqual({ merged: [], queued: 0 })
  })

  it('leaves a dismissed pair dismissed when the same people are reviewed again', async () => {
    const ctx = await context()
    const acme = (await createAccount(ctx, { name: 'Acme', domain: 'acme.com' })).id
    await add(ctx, { email: 'bo@acme.com', firstName: 'Bo', lastName: 'Lind', accountId: acme })
    const later = await add(ctx, {
      email: 'bl@acme.com',
      firstName: 'Bo',
      lastName: 'Lind',
      accountId: acme,
    })
    await reviewNewPeople(ctx, ctx.store, [later])
    const [candidate] = (await listDuplicates(ctx, { limit: 10 })).items
    await dismissDuplicate(ctx, candidate?.id ?? '')
    await reviewNewPeople(ctx, ctx.store, [later])
    expect((await listDuplicates(ctx, { limit: 10 })).items).toEqual([])
  })
})
