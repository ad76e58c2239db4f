import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { actAsUser } from '../access/act-as-user.ts'
import { addUser } from '../access/users.ts'
import { draftAgreement, signAgreement } from '../agreement/agreements.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import type { UserAvailability } from '../handoff/handoff-ports.ts'
import { createPerson } from '../records/people.ts'
import { listPersonClocks } from './list-person-clocks.ts'
import { sweepAllDue } from './sweep-clocks.ts'

// Friday 2026-01-09 16:30 in New York (22:30 in Berlin). A hot lead is due within 1 business hour.
const friday = '2026-01-09T21:30:00.000Z'
const { workingHours } = agreementFixture().calendar

describeEachBackend("clocks on their owner's business time", (db) => {
  async function setUp(availability: UserAvailability) {
    const store = (await db().workspace()).store
    const clock = fixedClock(friday)
    const ctx: UseCaseContext = { store, clock, actor: 'test', role: 'admin' }
    await addUser(ctx, { email: 'maria@acme.com', name: 'Maria', role: 'marketing' })
    await addUser(ctx, { email: 'sam@acme.com', name: 'Sam', role: 'sales' })
    const sid = await addUser(ctx, { email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    await store.handoff.routing.setAvailability(sid.id, availability)
    const escalations = [
      {
        clock: 'first_response' as const,
        steps: [
          { afterBusinessMinutes: 0, action: 'remind_owner' as const },
          { afterBusinessMinutes: 60, action: 'notify_manager' as const },
        ],
      },
    ]
    const { version } = await draftAgreement(ctx, { ...agreementFixture(), escalations })
    await signAgreement(await actAsUser(ctx, 'maria@acme.com'), version.version, 'maria@acme.com')
    await signAgreement(await actAsUser(ctx, 'sam@acme.com'), version.version, 'sam@acme.com')
    const person = await createPerson(ctx, { email: 'ana@acme.com' })
    await sql`UPDATE person SET score = 85 WHERE id = ${person.id}`.execute(db().opened.db)
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    return { ctx, clock, sid, id: person.id }
  }
  const clockOf = async (ctx: UseCaseContext, id: PersonId) => {
    const [first] = await listPersonClocks(ctx, id)
    if (first === undefined) throw new Error('no clock started')
    return first
  }

  it("runs the routed owner's clock on their own calendar in another time zone", async () => {
    const { ctx, sid, id } = await setUp({ calendar: { timeZone: 'Europe/Berlin', workingHours } })
    // Berlin has closed on Friday: Monday 09:00 CET + 1 hour = 10:00 CET = 09:00Z.
    expect(await clockOf(ctx, id)).toMatchObject({
      ownerId: sid.id,
      priority: 'hot',
      dueAt: new Date('2026-01-12T09:00:00Z'),
      nextCheckAt: new Date('2026-01-12T09:00:00Z'),
    })
  })

  it("counts the owner's out-of-office as closed: due time, time left and the ladder", async () => {
    // Away all of Monday 12 January in New York; the agreement's calendar otherwise.
    const { ctx, clock, id } = await setUp({
      outOfOffice: [
        { from: new Date('2026-01-12T05:00:00Z'), to: new Date('2026-01-13T05:00:00Z') },
      ],
    })
    // 30 minutes on Friday, none on Monday, 30 on Tuesday: Tuesday 09:30 EST.
    expect((await clockOf(ctx, id)).dueAt).toEqual(new Date('2026-01-13T14:30:00Z'))
    clock.set('2026-01-12T20:00:00Z')
    expect((await clockOf(ctx, id)).businessMinutesLeft).toBe(30)
    const deps = { storage: db().storage, clock }
    clock.set('2026-01-13T15:00:00Z')
    await sweepAllDue(deps, { batchSize: 10 })
    // Reminded at the breach; the manager's step comes 60 of the owner's business minutes later.
    expect(await clockOf(ctx, id)).toMatchObject({
      outcome: 'breached',
      escalationLevel: 1,
      nextCheckAt: new Date('2026-01-13T15:30:00Z'),
      businessMinutesLeft: -30,
    })
  })

  it('keeps the agreement calendar for an owner with neither calendar nor absence', async () => {
    const { ctx, id } = await setUp({})
    expect((await clockOf(ctx, id)).dueAt).toEqual(new Date('2026-01-12T14:30:00Z'))
  })
})
