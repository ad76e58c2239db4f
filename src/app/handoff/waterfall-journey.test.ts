import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { actAsUser } from '../access/act-as-user.ts'
import { addUser } from '../access/users.ts'
import { draftAgreement, signAgreement } from '../agreement/agreements.ts'
import { parseAgreement } from '../agreement/parse-agreement.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage, listStageEvents } from '../funnel/change-stage.ts'
import { createPerson, getPerson } from '../records/people.ts'
import { listPersonClocks } from '../sla/list-person-clocks.ts'
import { sweepAllDue } from '../sla/sweep-clocks.ts'
import { assignPerson } from './assign-person.ts'
import { acceptLead, dispositionLead } from './close-loop.ts'
import { ownerQueue } from './owner-queue.ts'

const preset = new URL('../../../presets/agreements/waterfall.yaml', import.meta.url)
// Monday 2026-11-23, 10:00 in New York (the preset's calendar, 9-17): a hot MQL is due at 11:00.
const monday = '2026-11-23T15:00:00.000Z'

describeEachBackend(
  'the waterfall journey: inquiry to SQL through a breach and a take-back',
  (db) => {
    const run = <T>(query: ReturnType<typeof sql<T>>) => query.execute(db().opened.db)

    async function setUp() {
      const { store } = await db().workspace()
      const clock = fixedClock(monday)
      const ctx: UseCaseContext = { store, clock, actor: 'test', role: 'admin' }
      const { agreement } = parseAgreement(readFileSync(preset, 'utf8'), 'waterfall.yaml')
      if (!agreement) throw new Error('the waterfall preset does not parse')
      const signers = { marketing: 'marketing.lead@example.com', sales: 'sales.lead@example.com' }
      await addUser(ctx, { email: signers.marketing, name: 'Marketing Lead', role: 'marketing' })
      await addUser(ctx, { email: signers.sales, name: 'Sales Lead', role: 'sales' })
      const manager = await addUser(ctx, { email: 'meg@acme.com', name: 'Meg', role: 'admin' })
      for (const email of ['ben@acme.com', 'bea@acme.com']) {
        const bdr = await addUser(ctx, { email, name: email, role: 'sdr' })
        await run(sql`UPDATE "user" SET manager_id = ${manager.id} WHERE id = ${bdr.id}`)
      }
      const { version } = await draftAgreement(ctx, agreement)
      for (const email of Object.values(signers))
        await signAgreement(await actAsUser(ctx, email), version.version, email)
      return { ctx, clock, manager, storage: db().storage }
    }
    const outbox = async (personId: PersonId) =>
      (
        await run(sql<{ topic: string; target: string }>`
        SELECT topic, target FROM outbox WHERE payload->>'personId' = ${personId} ORDER BY id`)
      ).rows
    const emailOf = async (ctx: UseCaseContext, id: string | null) =>
      (await ctx.store.users.list()).find((u) => u.id === id)?.email

    it('assigns, breaches, escalates, takes back, re-routes, accepts and qualifies, each step once', async () => {
      const { ctx, clock, manager, storage } = await setUp()
      const sweep = () => sweepAllDue({ storage, clock }, { batchSize: 100 })

      // inquiry -> MQL, hot by score: assigned to a BDR in turn, first-response clock due in 1 hour.
      const lead = await createPerson(ctx, { email: 'ana@globex.com', firstName: 'Ana' })
      await run(sql`UPDATE person SET score = 90 WHERE id = ${lead.id}`)
      await changeStage(ctx, { subject: { type: 'person', id: lead.id }, toStage: 'mql' })
      const first = (await getPerson(ctx, lead.id)).ownerId
      const firstEmail = await emailOf(ctx, first)
      expect(firstEmail).toMatch(/^be[na]@acme.com$/)
      const [clockAtStart] = await listPersonClocks(ctx, lead.id)
      expect(clockAtStart).toMatchObject({
        kind: 'first_response',
        priority: 'hot',
        stoppedAt: null,
      })
      expect(clockAtStart?.dueAt.toISOString()).toBe('2026-11-23T16:00:00.000Z')
      const queue = await ownerQueue(ctx, { ownerEmail: firstEmail })
      expect(queue.items.map((item) => item.person.id)).toEqual([lead.id])

      // Nothing is due before the deadline; at it the owner is reminded, once.
      clock.set('2026-11-23T15:59:00.000Z')
      expect(await sweep()).toMatchObject({ checked: 0, steps: 0 })
      clock.set('2026-11-23T16:00:00.000Z')
      expect(await sweep()).toMatchObject({ breached: 1, steps: 1, failed: 0 })
      expect(await sweep()).toMatchObject({ checked: 0, steps: 0 })
      // An hour later the manager hears; four hours after the deadline the lead is taken back.
      clock.set('2026-11-23T17:00:00.000Z')
      expect(await sweep()).toMatchObject({ steps: 1 })
      clock.set('2026-11-23T20:00:00.000Z')
      expect(await sweep()).toMatchObject({ steps: 1 })
      expect(await sweep()).toMatchObject({ checked: 0, steps: 0 })
      expect(await outbox(lead.id)).toEqual([
        { topic: 'person.assigned', target: first },
        { topic: 'sla.reminder', target: first },
        { topic: 'sla.escalated', target: manager.id },
        { topic: 'person.taken_back', target: first },
      ])
      expect((await getPerson(ctx, lead.id)).ownerId).toBeNull()
      expect((await listPersonClocks(ctx, lead.id))[0]).toMatchObject({
        outcome: 'breached',
        escalationLevel: 3,
        stoppedAt: null,
      })

      // Routed again, the other BDR takes it, accepts it (MQL -> SAL) and qualifies it (SAL -> SQL),
      // which hands it to a seller and starts the recycle clock.
      const again = await assignPerson(ctx, lead.id, {})
      expect(again).toMatchObject({ kind: 'assigned', rule: 'BDR round robin' })
      const second = (await getPerson(ctx, lead.id)).ownerId
      expect(second).not.toBe(first)
      const bdr = await actAsUser(ctx, (await emailOf(ctx, second)) ?? '')
      clock.set('2026-11-23T20:30:00.000Z')
      expect((await acceptLead(bdr, lead.id, 'called back')).event.toStage).toBe('sal')
      const qualified = await dispositionLead(bdr, lead.id, { outcome: 'qualified' })
      expect(qualified.event).toMatchObject({ fromStage: 'sal', toStage: 'sql' })
      const seller = await getPerson(ctx, lead.id)
      expect(await emailOf(ctx, seller.ownerId)).toBe('sales.lead@example.com')

      const clocks = await listPersonClocks(ctx, lead.id)
      expect(clocks.map((c) => [c.kind, c.outcome, c.stoppedAt === null])).toEqual([
        ['recycle', null, true],
        ['first_response', 'breached', false],
      ])
      const events = await listStageEvents(
        ctx,
        { limit: 50 },
        { subject: { type: 'person', id: lead.id } },
      )
      expect(events.items.map((e) => [e.fromStage, e.toStage])).toEqual([
        [null, 'inquiry'],
        ['inquiry', 'mql'],
        ['mql', 'sal'],
        ['sal', 'sql'],
      ])
      expect((await ownerQueue(ctx, { ownerEmail: 'sales.lead@example.com' })).items).toHaveLength(
        1,
      )
    })
  },
)
