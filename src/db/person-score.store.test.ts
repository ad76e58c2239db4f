import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import type { UseCaseContext } from '../app/context.ts'
import { createPerson } from '../app/records/people.ts'

describeEachBackend('person score store', (db) => {
  it('finds and locks live people by source id or email, in id order, with the keys that named them', async () => {
    const { store } = await db().workspace()
    const other = await db().workspace()
    const ctx: UseCaseContext = { store, clock: fixedClock(), actor: 'test', role: 'admin' }
    const ana = await createPerson(ctx, { email: 'ana@acme.com' })
    const bo = await createPerson(ctx, { email: 'bo@acme.com' })
    const gone = await createPerson(ctx, { email: 'gone@acme.com' })
    const elsewhere = await createPerson({ ...ctx, store: other.store }, { email: 'bo@acme.com' })
    const run = (query: ReturnType<typeof sql>) => query.execute(db().opened.db)
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
    expect(await store.scoring.people.lockRowsByKeys({ externalIds: [], emails: [] })).toEqual([])
  })
})
