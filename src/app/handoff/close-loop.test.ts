import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf, rejectionOf } from '../../../test/error-of.ts'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { scoringContext } from '../../../test/scoring-fixture.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { actAsUser } from '../access/act-as-user.ts'
import { addUser } from '../access/users.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage, listStageEvents } from '../funnel/change-stage.ts'
import { createPerson, getPerson } from '../records/people.ts'
import { listPersonClocks } from '../sla/list-person-clocks.ts'
import { acceptLead, dispositionLead, rejectLead } from './close-loop.ts'
import { recordMeeting } from './meetings.ts'
import { listEnrollments } from './nurture.ts'
import { listReviews } from './reviews.ts'

describeEachBackend('closing the loop on a lead', (db) => {
  async function setUp() {
    const { ctx } = await scoringContext((await db().workspace()).store)
    await addUser(ctx, { email: 'ben@acme.com', name: 'Ben BDR', role: 'sdr' })
    await addUser(ctx, { email: 'bea@acme.com', name: 'Bea BDR', role: 'sdr' })
    return ctx
  }
  const move = (ctx: UseCaseContext, id: PersonId, stage: string) =>
    changeStage(ctx, { subject: { type: 'person', id }, toStage: stage })

  // An MQL routed to one of the two SDRs; returns the owner's context and the other SDR's.
  async function mql(ctx: UseCaseContext, email: string) {
    const person = await createPerson(ctx, { email })
    await move(ctx, person.id, 'mql')
    const { ownerId } = await getPerson(ctx, person.id)
    const users = await ctx.store.users.list()
    const owner = users.find((u) => u.id === ownerId)
    const other = users.find((u) => u.role === 'sdr' && u.id !== ownerId)
    if (!owner || !other) throw new Error('routing gave the MQL to no SDR')
    return {
      id: person.id,
      owner: await actAsUser(ctx, owner.email),
      other: await actAsUser(ctx, other.email),
    }
  }
  const stageOf = async (ctx: UseCaseContext, id: PersonId) => (await getPerson(ctx, id)).stage
  const eventsOf = async (ctx: UseCaseContext, id: PersonId) =>
    (await listStageEvents(ctx, { limit: 50 }, { subject: { type: 'person', id } })).items

  it('lets the owner accept the MQL: it moves to SAL and the first-response clock is met', async () => {
    const ctx = await setUp()
    const lead = await mql(ctx, 'ana@acme.com')
    const result = await acceptLead(lead.owner, lead.id, '  called, interested  ')
    expect(result.event).toMatchObject({
      fromStage: 'mql',
      toStage: 'sal',
      note: 'called, interested',
      reasonCode: null,
    })
    expect(result.review).toBeNull()
    expect(await stageOf(ctx, lead.id)).toBe('sal')
    const clocks = await listPersonClocks(ctx, lead.id)
    expect(clocks.find((c) => c.kind === 'first_response')).toMatchObject({ outcome: 'met' })
  })

  it('rejects with a reason code of the agreement: back to nurture, enrolled in its program', async () => {
    const ctx = await setUp()
    const lead = await mql(ctx, 'bo@acme.com')
    const result = await rejectLead(lead.owner, lead.id, { reasonCode: 'UNREACHABLE' })
    expect(result.event).toMatchObject({
      fromStage: 'mql',
      toStage: 'nurture',
      reasonCode: 'unreachable',
      note: null,
    })
    expect(result.review).toBeNull()
    const enrolled = await listEnrollments(ctx, { limit: 50 }, { status: 'active' })
    expect(enrolled.items).toEqual([
      expect.objectContaining({ personId: lead.id, program: 'Recycled leads', step: 0 }),
    ])
  })

  it('refuses an unknown reason code with the valid ones, and writes nothing', async () => {
    const ctx = await setUp()
    const lead = await mql(ctx, 'cy@acme.com')
    const before = await eventsOf(ctx, lead.id)
    const error = await rejectionOf(rejectLead(lead.owner, lead.id, { reasonCode: 'busy' }))
    expect(error.code).toBe('handoff.unknown_reason_code')
    expect(error.message).toContain('unreachable, non_compliant, no_need, other')
    expect(error.details).toMatchObject({
      reasonCode: 'busy',
      valid: ['unreachable', 'non_compliant', 'no_need', 'other'],
    })
    expect(await stageOf(ctx, lead.id)).toBe('mql')
    expect(await eventsOf(ctx, lead.id)).toEqual(before)
  })

  it('needs a note where the agreement says so, and takes it when given', async () => {
    const ctx = await setUp()
    const lead = await mql(ctx, 'di@acme.com')
    const reject = (note?: string) =>
      codeOf(
        rejectLead(lead.owner, lead.id, {
          reasonCode: 'non_compliant',
          ...(note === undefined ? {} : { note }),
        }),
      )
    expect(await reject()).toBe('handoff.note_required')
    expect(await reject('   ')).toBe('handoff.note_required')
    expect(await stageOf(ctx, lead.id)).toBe('mql')
    expect(await reject('outside the target market')).toBe('no error')
    expect(await stageOf(ctx, lead.id)).toBe('nurture')
  })

  it('dispositions: qualified moves on, recycled goes where the exit criteria say, out needs a reason', async () => {
    const ctx = await setUp()
    const first = await mql(ctx, 'ed@acme.com')
    const qualified = await dispositionLead(first.owner, first.id, { outcome: 'qualified' })
    expect(qualified.event).toMatchObject({ fromStage: 'mql', toStage: 'sal', reasonCode: null })

    const second = await mql(ctx, 'flo@acme.com')
    const missing = await rejectionOf(
      dispositionLead(second.owner, second.id, { outcome: 'disqualified' }),
    )
    expect(missing.code).toBe('handoff.unknown_reason_code')
    expect(missing.message).toContain('needs a reason code')
    const recycled = await dispositionLead(second.owner, second.id, {
      outcome: 'recycled',
      reasonCode: 'no_need',
      note: 'budget next year',
    })
    expect(recycled.event).toMatchObject({
      toStage: 'nurture',
      reasonCode: 'no_need',
      note: 'budget next year',
    })
  })

  it('sends a disqualified lead that had a meeting to the manager review queue', async () => {
    const ctx = await setUp()
    const lead = await mql(ctx, 'gus@acme.com')
    await recordMeeting(ctx, lead.id, {
      action: 'book',
      scheduledAt: new Date('2026-11-25T15:00:00Z'),
    })
    const result = await dispositionLead(lead.owner, lead.id, {
      outcome: 'disqualified',
      reasonCode: 'no_need',
    })
    expect(result.event).toMatchObject({ fromStage: 'mql', toStage: 'disqualified' })
    expect(result.review).toMatchObject({ kind: 'meeting', status: 'open', personId: lead.id })
    const reviews = await listReviews(ctx, { limit: 50 })
    expect(reviews.items.map((r) => r.id)).toEqual([result.review?.id])
  })

  it("denies a rep acting on someone else's lead, and roles that may not close the loop", async () => {
    const ctx = await setUp()
    const lead = await mql(ctx, 'hal@acme.com')
    const other = await rejectionOf(acceptLead(lead.other, lead.id))
    expect(other.code).toBe('auth.forbidden')
    expect(other.message).toContain('on a row owned by')
    const sales = await actAsUser(ctx, 'sam@acme.com')
    expect(await codeOf(rejectLead(sales, lead.id, { reasonCode: 'unreachable' }))).toBe(
      'auth.forbidden',
    )
    const marketing = await actAsUser(ctx, 'maria@acme.com')
    expect(await codeOf(dispositionLead(marketing, lead.id, { outcome: 'qualified' }))).toBe(
      'auth.forbidden',
    )
    expect(await stageOf(ctx, lead.id)).toBe('mql')
    // An admin (a manager's key, or the local command line) closes the loop on any lead.
    expect((await acceptLead(ctx, lead.id)).event.toStage).toBe('sal')
  })

  it('moves only along the transitions the agreement allows', async () => {
    const ctx = await setUp()
    const lead = await mql(ctx, 'ivy@acme.com')
    for (const stage of ['sal', 'sql', 'opportunity']) await move(ctx, lead.id, stage)
    const rejected = await rejectionOf(rejectLead(ctx, lead.id, { reasonCode: 'unreachable' }))
    expect(rejected.code).toBe('funnel.invalid_transition')
    expect(rejected.details).toMatchObject({ from: 'opportunity', allowed: ['won', 'lost'] })
    const recycled = dispositionLead(ctx, lead.id, { outcome: 'recycled', reasonCode: 'no_need' })
    expect(await codeOf(recycled)).toBe('funnel.invalid_transition')
    await move(ctx, lead.id, 'won')
    expect(await codeOf(acceptLead(ctx, lead.id))).toBe('funnel.invalid_transition')
    expect(await stageOf(ctx, lead.id)).toBe('won')
  })

  it('names a person that does not exist and a workspace with no agreement in force', async () => {
    const ctx = await setUp()
    const missing = '00000000-0000-4000-8000-000000000000' as PersonId
    expect(await codeOf(acceptLead(ctx, missing))).toBe('person.not_found')
    const bare: UseCaseContext = { ...ctx, store: (await db().workspace()).store }
    const person = await createPerson(bare, { email: 'jo@acme.com' })
    expect(await codeOf(rejectLead(bare, person.id, { reasonCode: 'unreachable' }))).toBe(
      'agreement.none_in_force',
    )
  })

  it('sends a rejected lead where the exit criteria say, here straight to disqualified', async () => {
    const { store } = await db().workspace()
    const ctx: UseCaseContext = { store, clock: fixedClock(), actor: 'test', role: 'admin' }
    const fixture = agreementFixture()
    await signedAgreement(ctx, {
      ...fixture,
      exitCriteria: { ...fixture.exitCriteria, recycleTo: 'disqualified' },
    })
    await addUser(ctx, { email: 'ben@acme.com', name: 'Ben BDR', role: 'sdr' })
    const person = await createPerson(ctx, { email: 'kim@acme.com' })
    await move(ctx, person.id, 'mql')
    const result = await rejectLead(ctx, person.id, { reasonCode: 'no_need' })
    expect(result.event).toMatchObject({ toStage: 'disqualified', reasonCode: 'no_need' })
    expect((await listEnrollments(ctx, { limit: 50 })).items).toEqual([])
    const other = await createPerson(ctx, { email: 'lu@acme.com' })
    for (const stage of ['mql', 'sal', 'sql']) await move(ctx, other.id, stage)
    const refused = await rejectionOf(rejectLead(ctx, other.id, { reasonCode: 'no_need' }))
    expect(refused.message).toContain('allows no rejection to disqualified')
  })
})
