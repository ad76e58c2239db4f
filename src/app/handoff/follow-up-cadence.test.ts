import { expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { Agreement } from '../../core/agreement/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { actAsUser } from '../access/act-as-user.ts'
import { addUser } from '../access/users.ts'
import { draftAgreement, signAgreement } from '../agreement/agreements.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestEvents } from '../intake/ingest-event.ts'
import { createPerson } from '../records/people.ts'
import { recordOwnerTouch } from '../sla/record-owner-touch.ts'
import { acceptLead, rejectLead } from './close-loop.ts'
import { ownerQueue } from './owner-queue.ts'

// Friday 2026-01-09 16:30 in New York. The fixture's cadence: call on day 0, email on day 1,
// voicemail on day 3, on a Mon-Fri 09:00-17:00 New York calendar with US holidays.
const friday = '2026-01-09T21:30:00.000Z'

describeEachBackend('follow-up cadences', (db) => {
  async function setUp(agreement: Agreement = agreementFixture()) {
    const store = (await db().workspace()).store
    const clock = fixedClock(friday)
    const ctx: UseCaseContext = { store, clock, actor: 'test', role: 'admin' }
    await addUser(ctx, { email: 'maria@acme.com', name: 'Maria', role: 'marketing' })
    await addUser(ctx, { email: 'sam@acme.com', name: 'Sam', role: 'sales' })
    const sid = await addUser(ctx, { email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    const { version } = await draftAgreement(ctx, agreement)
    await signAgreement(await actAsUser(ctx, 'maria@acme.com'), version.version, 'maria@acme.com')
    await signAgreement(await actAsUser(ctx, 'sam@acme.com'), version.version, 'sam@acme.com')
    return { ctx, clock, sid }
  }
  async function mql(ctx: UseCaseContext, email: string): Promise<PersonId> {
    const person = await createPerson(ctx, { email })
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    return person.id
  }
  const touch = (ctx: UseCaseContext, email: string, type: string, occurredAt: string) =>
    ingestEvents(ctx, [{ email, type, occurredAt }], 'api')
  const tasksOf = async (ctx: UseCaseContext, id: PersonId) =>
    (await ctx.store.handoff.tasks.listForPerson(id)).map((t) => ({
      step: t.step,
      channel: t.channel,
      dueAt: t.dueAt.toISOString(),
      done: t.doneAt?.toISOString() ?? null,
      cancelled: t.cancelledAt !== null,
    }))

  it('schedules the first touch at the hand-off and each next one from the touch before it', async () => {
    const { ctx, clock, sid } = await setUp()
    const id = await mql(ctx, 'ana@acme.com')
    const [first] = await ctx.store.handoff.tasks.listForPerson(id)
    expect(first).toMatchObject({ ownerId: sid.id, cadence: 'Tier A', step: 0, channel: 'call' })
    expect(first?.dueAt).toEqual(new Date(friday))
    clock.set('2026-01-12T15:30:00Z')
    // Monday 10:00 call; Tuesday 11:00 email (a day after the call: due Tuesday 10:00).
    await touch(ctx, 'ana@acme.com', 'call', '2026-01-12T15:00:00Z')
    await touch(ctx, 'ana@acme.com', 'email_sent', '2026-01-13T16:00:00Z')
    // A page view is no touch.
    await touch(ctx, 'ana@acme.com', 'page_view', '2026-01-13T16:30:00Z')
    expect(await tasksOf(ctx, id)).toEqual([
      {
        step: 0,
        channel: 'call',
        dueAt: friday,
        done: '2026-01-12T15:00:00.000Z',
        cancelled: false,
      },
      {
        step: 1,
        channel: 'email',
        dueAt: '2026-01-13T15:00:00.000Z',
        done: '2026-01-13T16:00:00.000Z',
        cancelled: false,
      },
      // Two business days after Tuesday 11:00: Thursday 11:00.
      {
        step: 2,
        channel: 'voicemail',
        dueAt: '2026-01-15T16:00:00.000Z',
        done: null,
        cancelled: false,
      },
    ])
    await recordOwnerTouch(ctx.store, ctx, id, new Date('2026-01-15T17:00:00Z'))
    const tasks = await tasksOf(ctx, id)
    expect(tasks).toHaveLength(3)
    expect(tasks[2]?.done).toBe('2026-01-15T17:00:00.000Z')
    expect(await ctx.store.handoff.tasks.findOpen(id)).toBeUndefined()
  })

  it("shows each lead's next task in the owner's queue", async () => {
    const { ctx, clock } = await setUp()
    const id = await mql(ctx, 'bo@acme.com')
    clock.set('2026-01-12T16:00:00Z')
    await touch(ctx, 'bo@acme.com', 'call', '2026-01-12T15:00:00Z')
    const queue = await ownerQueue(ctx, { ownerEmail: 'sid@acme.com' })
    expect(queue.items.map((item) => [item.person.id, item.nextTask])).toEqual([
      [id, { channel: 'email', dueAt: new Date('2026-01-13T15:00:00Z') }],
    ])
  })

  it('keeps at most one open task per person', async () => {
    const { ctx, sid } = await setUp()
    const id = await mql(ctx, 'hal@acme.com')
    const second = ctx.store.handoff.tasks.insert({
      personId: id,
      ownerId: sid.id,
      cadence: 'Tier A',
      step: 1,
      channel: 'email',
      dueAt: new Date(friday),
      createdAt: new Date(friday),
    })
    await expect(second).rejects.toThrow()
    expect(await ctx.store.handoff.tasks.listForPerson(id)).toHaveLength(1)
  })

  it('a touch dated before the task was scheduled does not do it', async () => {
    const { ctx } = await setUp()
    const id = await mql(ctx, 'cy@acme.com')
    await touch(ctx, 'cy@acme.com', 'call', '2026-01-08T15:00:00Z')
    expect(await tasksOf(ctx, id)).toEqual([
      { step: 0, channel: 'call', dueAt: friday, done: null, cancelled: false },
    ])
  })

  it('accepting or rejecting the lead closes its open task', async () => {
    const { ctx } = await setUp()
    const accepted = await mql(ctx, 'dee@acme.com')
    const rejected = await mql(ctx, 'eve@acme.com')
    await acceptLead(ctx, accepted)
    await rejectLead(ctx, rejected, { reasonCode: 'unreachable' })
    for (const id of [accepted, rejected]) {
      expect(await tasksOf(ctx, id)).toEqual([
        { step: 0, channel: 'call', dueAt: friday, done: null, cancelled: true },
      ])
    }
  })

  it('gives a hot lead the cadence for its priority', async () => {
    const agreement = agreementFixture()
    const hot: Agreement['cadences'][number] = {
      name: 'Hot leads',
      tier: 'A',
      priority: 'hot',
      steps: [{ channel: 'email', afterBusinessDays: 1 }],
    }
    const { ctx } = await setUp({ ...agreement, cadences: [...agreement.cadences, hot] })
    const person = await createPerson(ctx, { email: 'fay@acme.com' })
    await db()
      .opened.db.updateTable('person')
      .set({ score: 90 })
      .where('id', '=', person.id)
      .execute()
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    // Friday 16:30 + 1 business day: Monday 16:30.
    expect(await tasksOf(ctx, person.id)).toEqual([
      {
        step: 0,
        channel: 'email',
        dueAt: '2026-01-12T21:30:00.000Z',
        done: null,
        cancelled: false,
      },
    ])
  })

  it("plans the owner's tasks on their own calendar and around their absence", async () => {
    const { ctx, clock, sid } = await setUp()
    const { workingHours } = agreementFixture().calendar
    await ctx.store.handoff.routing.setAvailability(sid.id, {
      calendar: { timeZone: 'Europe/Berlin', workingHours },
      // Away all of Tuesday 13 January in Berlin.
      outOfOffice: [
        { from: new Date('2026-01-12T23:00:00Z'), to: new Date('2026-01-13T23:00:00Z') },
      ],
    })
    const id = await mql(ctx, 'gus@acme.com')
    clock.set('2026-01-12T10:00:00Z')
    // Monday 10:00 in Berlin: the email is due a business day later, Tuesday being away: Wednesday
    // 10:00 CET (09:00Z). On New York's calendar the call came before Monday's opening.
    await touch(ctx, 'gus@acme.com', 'call', '2026-01-12T09:00:00Z')
    expect((await tasksOf(ctx, id))[1]).toEqual({
      step: 1,
      channel: 'email',
      dueAt: '2026-01-14T09:00:00.000Z',
      done: null,
      cancelled: false,
    })
  })
})
