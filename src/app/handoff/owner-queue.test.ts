import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { scoringContext } from '../../../test/scoring-fixture.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { actAsUser } from '../access/act-as-user.ts'
import { addUser } from '../access/users.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { createPerson, updatePerson } from '../records/people.ts'
import { acceptLead } from './close-loop.ts'
import { ownerQueue } from './owner-queue.ts'

// Monday 2026-11-23 10:00 in New York (the fixture's calendar, 9-17): a hot MQL is due at 11:00.
const monday = '2026-11-23T15:00:00.000Z'

describeEachBackend("an owner's work queue", (db) => {
  async function setUp() {
    const { store } = await db().workspace()
    const scoring = await scoringContext(store, monday)
    const ben = await addUser(scoring.ctx, { email: 'ben@acme.com', name: 'Ben BDR', role: 'sdr' })
    return { ...scoring, ben }
  }
  const move = (ctx: UseCaseContext, id: PersonId, stage: string) =>
    changeStage(ctx, { subject: { type: 'person', id }, toStage: stage })
  async function mql(ctx: UseCaseContext, email: string, score: number) {
    const person = await createPerson(ctx, { email })
    await sql`UPDATE person SET score = ${score} WHERE id = ${person.id}`.execute(db().opened.db)
    await move(ctx, person.id, 'mql')
    return person.id
  }

  it('lists the rep’s open leads soonest due first, with business time left or over', async () => {
    const { ctx, clock, ben } = await setUp()
    const warm = await mql(ctx, 'warm@acme.com', 65)
    const hot = await mql(ctx, 'hot@acme.com', 90)
    const accepted = await mql(ctx, 'accepted@acme.com', 90)
    await acceptLead(ctx, accepted)
    // An opportunity handed to Ben by hand: his, but no clock runs on it.
    const deal = await mql(ctx, 'deal@acme.com', 70)
    for (const stage of ['sal', 'sql', 'opportunity']) await move(ctx, deal, stage)
    await updatePerson(ctx, deal, { ownerId: ben.id })
    // Someone else's lead and a lead marketing still owns never show.
    const inquiry = await createPerson(ctx, { email: 'inquiry@acme.com' })
    await updatePerson(ctx, inquiry.id, { ownerId: ben.id })

    clock.set('2026-11-23T17:00:00.000Z') // 12:00 in New York: the hot lead is an hour over
    const queue = await ownerQueue(await actAsUser(ctx, 'ben@acme.com'))
    expect(queue.owner.email).toBe('ben@acme.com')
    expect(queue.items.map((item) => item.person.id)).toEqual([hot, warm, deal])
    const [first, second, last] = queue.items
    expect(first).toMatchObject({ score: 90, dueAt: new Date('2026-11-23T16:00:00.000Z') })
    expect(first?.clocks).toEqual([
      expect.objectContaining({
        kind: 'first_response',
        priority: 'hot',
        stoppedAt: null,
        businessMinutesLeft: -60,
      }),
    ])
    expect(second?.clocks[0]).toMatchObject({ priority: 'warm', stoppedAt: null })
    expect(second?.clocks[0]?.businessMinutesLeft).toBeGreaterThan(0)
    expect(last).toMatchObject({ dueAt: null, clocks: [] })
    expect(last?.person.stage).toBe('opportunity')
  })

  it('shows anyone’s queue by email, at most `limit` leads', async () => {
    const { ctx } = await setUp()
    await mql(ctx, 'one@acme.com', 65)
    const hot = await mql(ctx, 'two@acme.com', 90)
    const queue = await ownerQueue(ctx, { ownerEmail: ' ben@acme.com ', limit: 1 })
    expect(queue.items.map((item) => item.person.id)).toEqual([hot])
    const sam = await ownerQueue(ctx, { ownerEmail: 'sam@acme.com' })
    expect(sam).toMatchObject({ owner: { role: 'sales' }, items: [] })
  })

  it('needs an owner, a known one, a sane limit, and a role that reads people', async () => {
    const { ctx } = await setUp()
    expect(await codeOf(ownerQueue(ctx))).toBe('request.invalid')
    expect(await codeOf(ownerQueue(ctx, { ownerEmail: 'nobody@acme.com' }))).toBe('user.not_found')
    expect(await codeOf(ownerQueue(ctx, { ownerEmail: 'ben@acme.com', limit: 0 }))).toBe(
      'request.invalid',
    )
    const viewer: UseCaseContext = { ...ctx, role: 'viewer' }
    expect(await codeOf(ownerQueue(viewer, { ownerEmail: 'ben@acme.com' }))).toBe('auth.forbidden')
  })
})
