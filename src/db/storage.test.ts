import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { UseCaseContext } from '../app/context.ts'
import { changeStage, listStageEvents } from '../app/funnel/change-stage.ts'
import type { Stores, WorkspaceStorage } from '../app/ports.ts'
import { createAccount, getAccount, updateAccount } from '../app/records/accounts.ts'
import { createOpportunity } from '../app/records/opportunities.ts'
import { createPerson, getPerson, listPeople, updatePerson } from '../app/records/people.ts'
import type { PersonId } from '../core/shared/index.ts'
import { describeEachBackend } from '../../test/database.ts'
import { codeOf } from '../../test/error-of.ts'
import { fixedClock } from '../../test/fixed-clock.ts'

const contextOf = (store: WorkspaceStorage): UseCaseContext => ({
  store,
  clock: fixedClock(),
  actor: 'test',
  role: 'admin',
})

describeEachBackend('storage', (db) => {
  describe('stage changes', () => {
    it('records entering the first stage when a person is created', async () => {
      const ctx = contextOf((await db().workspace()).store)
      const person = await createPerson(ctx, { email: ' Ana@Acme.COM ', firstName: 'Ana' })
      expect(person).toMatchObject({
        stage: 'inquiry',
        emailNormalized: 'ana@acme.com',
        email: ' Ana@Acme.COM ',
      })
      const events = await listStageEvents(
        ctx,
        { limit: 10 },
        { subject: { type: 'person', id: person.id } },
      )
      expect(events.items.map((e) => [e.fromStage, e.toStage, e.actor])).toEqual([
        [null, 'inquiry', 'test'],
      ])
    })

    it('writes exactly one event per change, with the stage it came from', async () => {
      const ctx = contextOf((await db().workspace()).store)
      const person = await createPerson(ctx, { email: 'bo@acme.com' })
      const subject = { type: 'person', id: person.id } as const
      await changeStage(ctx, {
        subject,
        toStage: 'mql',
        reasonCode: 'score',
        note: ' hit 60 points ',
      })
      const event = await changeStage(ctx, { subject, toStage: 'sal' })
      expect(event).toMatchObject({ fromStage: 'mql', toStage: 'sal' })
      const events = await listStageEvents(ctx, { limit: 10 }, { subject })
      expect(events.items.map((e) => e.toStage)).toEqual(['inquiry', 'mql', 'sal'])
      expect(events.items[1]).toMatchObject({ reasonCode: 'score', note: 'hit 60 points' })
      expect((await getPerson(ctx, person.id)).stage).toBe('sal')
    })

    it('leaves neither the new stage nor the event when the transaction fails midway', async () => {
      const { store } = await db().workspace()
      const ctx = contextOf(store)
      const person = await createPerson(ctx, { email: 'cy@acme.com' })
      const failing: WorkspaceStorage = {
        ...store,
        transaction: (work) =>
          store.transaction((tx) => {
            const broken: Stores = {
              ...tx,
              stageEvents: {
                ...tx.stageEvents,
                append: () => Promise.reject(new Error('disk full')),
              },
            }
            return work(broken)
          }),
      }
      const subject = { type: 'person', id: person.id } as const
      await expect(
        changeStage({ ...ctx, store: failing }, { subject, toStage: 'mql' }),
      ).rejects.toThrow('disk full')
      expect((await getPerson(ctx, person.id)).stage).toBe('inquiry')
      expect((await listStageEvents(ctx, { limit: 10 }, { subject })).items).toHaveLength(1)
    })

    it('keeps the history a chain when changes race on one person', async () => {
      const ctx = contextOf((await db().workspace()).store)
      const person = await createPerson(ctx, { email: 'race@acme.com' })
      const subject = { type: 'person', id: person.id } as const
      const targets = ['mql', 'sal', 'sql', 'nurture', 'mql', 'sal', 'sql', 'won']
      const outcomes = await Promise.allSettled(
        targets.map((toStage) => changeStage(ctx, { subject, toStage })),
      )
      const events = (await listStageEvents(ctx, { limit: 50 }, { subject })).items
      const succeeded = outcomes.filter((o) => o.status === 'fulfilled').length
      expect(events).toHaveLength(succeeded + 1)
      for (let i = 1; i < events.length; i += 1)
        expect(events[i]?.fromStage).toBe(events[i - 1]?.toStage)
      expect((await getPerson(ctx, person.id)).stage).toBe(events.at(-1)?.toStage)
    })

    it('keeps a committed write when a concurrent transaction rolls back', async () => {
      const { store } = await db().workspace()
      const ctx = contextOf(store)
      const doomed = store.transaction(async (tx) => {
        await tx.people.insert({
          email: 'doomed@acme.com',
          emailNormalized: 'doomed@acme.com',
          stage: 'inquiry',
        })
        await new Promise((resolve) => setTimeout(resolve, 20))
        throw new Error('rolled back on purpose')
      })
      const kept = createPerson(ctx, { email: 'kept@acme.com' })
      await expect(doomed).rejects.toThrow('rolled back on purpose')
      await kept
      const emails = (await listPeople(ctx, { limit: 10 })).items.map((p) => p.emailNormalized)
      expect(emails).toEqual(['kept@acme.com'])
    })

    it('refuses a move to the current stage or to an unknown lifecycle stage', async () => {
      const ctx = contextOf((await db().workspace()).store)
      const person = await createPerson(ctx, { email: 'dee@acme.com' })
      const subject = { type: 'person', id: person.id } as const
      expect(await codeOf(changeStage(ctx, { subject, toStage: 'inquiry' }))).toBe(
        'funnel.invalid_transition',
      )
      expect(await codeOf(changeStage(ctx, { subject, toStage: 'hot' }))).toBe(
        'funnel.invalid_stage',
      )
      expect(await codeOf(createPerson(ctx, { email: 'eve@acme.com', stage: 'hot' }))).toBe(
        'funnel.invalid_stage',
      )
      expect((await listPeople(ctx, { limit: 10 })).items).toHaveLength(1)
    })

    it('refuses to rewrite or delete history', async () => {
      const ctx = contextOf((await db().workspace()).store)
      await createPerson(ctx, { email: 'fay@acme.com' })
      const { db: kysely } = db().opened
      await expect(sql`UPDATE stage_event SET to_stage = 'won'`.execute(kysely)).rejects.toThrow(
        /append-only/,
      )
      await expect(sql`DELETE FROM stage_event`.execute(kysely)).rejects.toThrow(/append-only/)
    })

    it('moves opportunities through free-named sales stages', async () => {
      const ctx = contextOf((await db().workspace()).store)
      const opportunity = await createOpportunity(ctx, {
        name: 'Acme renewal',
        stage: 'Prospect New',
        amountCents: 1_250_000,
      })
      expect(opportunity).toMatchObject({ status: 'open', amountCents: 1_250_000, currency: 'USD' })
      const subject = { type: 'opportunity', id: opportunity.id } as const
      const event = await changeStage(ctx, { subject, toStage: 'In Purchasing' })
      expect(event).toMatchObject({ fromStage: 'Prospect New', toStage: 'In Purchasing' })
    })
  })

  describe('identity', () => {
    it('keeps one person per normalized email within a workspace, not across workspaces', async () => {
      const a = contextOf((await db().workspace()).store)
      const b = contextOf((await db().workspace()).store)
      await createPerson(a, { email: 'gus@acme.com' })
      expect(await codeOf(createPerson(a, { email: 'GUS@acme.com ' }))).toBe('person.email_taken')
      await expect(createPerson(b, { email: 'gus@acme.com' })).resolves.toMatchObject({
        emailNormalized: 'gus@acme.com',
      })
      expect((await listPeople(a, { limit: 10 })).items).toHaveLength(1)
    })

    it('keeps one account per domain within a workspace and normalizes it', async () => {
      const ctx = contextOf((await db().workspace()).store)
      const account = await createAccount(ctx, {
        name: 'Acme',
        domain: 'https://www.Acme.com/about',
      })
      expect(account).toMatchObject({ domain: 'acme.com', stage: 'universe' })
      expect(await codeOf(createAccount(ctx, { name: 'Acme 2', domain: 'acme.com' }))).toBe(
        'account.domain_taken',
      )
      const other = await createAccount(ctx, { name: 'Other' })
      expect(await codeOf(updateAccount(ctx, other.id, { domain: 'ACME.com' }))).toBe(
        'account.domain_taken',
      )
      expect((await getAccount(ctx, other.id)).domain).toBeNull()
    })

    it('rejects a link to an account that does not exist', async () => {
      const ctx = contextOf((await db().workspace()).store)
      const person = await createPerson(ctx, { email: 'hal@acme.com' })
      const missing = '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a' as never
      expect(await codeOf(updatePerson(ctx, person.id, { accountId: missing }))).toBe(
        'request.invalid',
      )
    })
  })

  describe('workspace isolation', () => {
    it("never shows or changes another workspace's rows", async () => {
      const a = contextOf((await db().workspace()).store)
      const b = contextOf((await db().workspace()).store)
      const person = await createPerson(a, { email: 'ida@acme.com' })
      const account = await createAccount(a, { name: 'Acme', domain: 'acme.com' })
      expect(await codeOf(getPerson(b, person.id))).toBe('person.not_found')
      expect(await codeOf(updatePerson(b, person.id, { firstName: 'Mallory' }))).toBe(
        'person.not_found',
      )
      const subject = { type: 'person', id: person.id } as const
      expect(await codeOf(changeStage(b, { subject, toStage: 'mql' }))).toBe('person.not_found')
      expect(await codeOf(getAccount(b, account.id))).toBe('account.not_found')
      const own = await createPerson(b, { email: 'own@b.com' })
      expect(await codeOf(updatePerson(b, own.id, { accountId: account.id }))).toBe(
        'request.invalid',
      )
      expect((await listPeople(b, { limit: 10 })).items.map((p) => p.email)).toEqual(['own@b.com'])
      expect((await listStageEvents(b, { limit: 10 })).items).toHaveLength(1)
      expect(await getPerson(a, person.id)).toMatchObject({ firstName: null, stage: 'inquiry' })
    })
  })

  describe('paging', () => {
    it('walks every row once, oldest first, across pages', async () => {
      const ctx = contextOf((await db().workspace()).store)
      const emails = ['p1@a.com', 'p2@a.com', 'p3@a.com', 'p4@a.com', 'p5@a.com']
      for (const email of emails) await createPerson(ctx, { email })
      const seen: string[] = []
      let cursor: string | undefined
      let pages = 0
      do {
        const page = await listPeople(
          ctx,
          cursor === undefined ? { limit: 2 } : { limit: 2, cursor },
        )
        seen.push(...page.items.map((p) => p.email ?? ''))
        cursor = page.nextCursor
        pages += 1
      } while (cursor !== undefined)
      expect(seen).toEqual(emails)
      expect(pages).toBe(3)
    })

    it('rejects a cursor it did not make', async () => {
      const ctx = contextOf((await db().workspace()).store)
      expect(await codeOf(listPeople(ctx, { limit: 2, cursor: 'not-a-cursor' }))).toBe(
        'request.invalid',
      )
      expect(await codeOf(listStageEvents(ctx, { limit: 2, cursor: 'x1' }))).toBe('request.invalid')
    })

    it('counts people as a number on every backend', async () => {
      const { store } = await db().workspace()
      await createPerson(contextOf(store), { email: 'n@a.com' })
      expect(await store.people.count()).toBe(1)
      expect(
        await codeOf(
          getPerson(contextOf(store), '6f1f6541-1369-4ad0-a98b-2c3c1f7a4b10' as PersonId),
        ),
      ).toBe('person.not_found')
    })
  })
})
