import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { scoringContext } from '../../../test/scoring-fixture.ts'
import { codeOf } from '../../../test/error-of.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { addUser } from '../access/users.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { createPerson, getPerson } from '../records/people.ts'
import { assignPerson, listHeldLeads } from './assign-person.ts'

describeEachBackend('assignment on hand-off', (db) => {
  const rows = async <T>(query: ReturnType<typeof sql<T>>) =>
    (await query.execute(db().opened.db)).rows

  async function setUp() {
    const scoring = await scoringContext((await db().workspace()).store)
    const { ctx } = scoring
    const sdrs = [
      await addUser(ctx, { email: 'ben@acme.com', name: 'Ben BDR', role: 'sdr' }),
      await addUser(ctx, { email: 'bea@acme.com', name: 'Bea BDR', role: 'sdr' }),
    ]
    return { ...scoring, sdrs }
  }
  const toMql = async (ctx: UseCaseContext, email: string) => {
    const person = await createPerson(ctx, { email })
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    return getPerson(ctx, person.id)
  }

  it('assigns each MQL in turn, with an audit entry and a person.assigned notice for the owner', async () => {
    const { ctx, sdrs } = await setUp()
    const owners = []
    for (const n of [1, 2, 3, 4]) owners.push((await toMql(ctx, `lead${n}@acme.com`)).ownerId)
    const [first, second] = [...sdrs].sort((a, b) => a.id.localeCompare(b.id))
    expect(owners).toEqual([first?.id, second?.id, first?.id, second?.id])
    const lead = await ctx.store.people.findByEmail('lead1@acme.com')
    const audit = await rows(sql<{ action: string; details: Record<string, unknown> }>`
      SELECT action, details FROM audit_log WHERE subject_id = ${lead?.id ?? ''}`)
    expect(audit).toEqual([
      {
        action: 'person.assigned',
        details: expect.objectContaining({
          ownerId: first?.id,
          rule: 'SDR round robin',
          reason: 'next in turn in pool sdr',
          team: 'sdr',
        }) as unknown,
      },
    ])
    const outbox = await rows(sql<{
      topic: string
      target: string
      payload: Record<string, unknown>
    }>`
      SELECT topic, target, payload FROM outbox WHERE payload->>'personId' = ${lead?.id ?? ''}`)
    expect(outbox).toEqual([
      {
        topic: 'person.assigned',
        target: first?.id,
        payload: expect.objectContaining({ rule: 'SDR round robin', stage: 'mql' }) as unknown,
      },
    ])
  })

  it('holds the MQL when every SDR is out of office, lists it, and places it once someone is back', async () => {
    const { ctx, sdrs } = await setUp()
    const away = [{ from: new Date('2026-11-20T00:00:00Z'), to: new Date('2026-11-30T00:00:00Z') }]
    for (const sdr of sdrs)
      await ctx.store.handoff.routing.setAvailability(sdr.id, { outOfOffice: away })
    const person = await toMql(ctx, 'held@acme.com')
    expect(person.ownerId).toBeNull()
    const held = await listHeldLeads(ctx, { limit: 50 })
    expect(held.items).toEqual([
      expect.objectContaining({
        personId: person.id,
        team: 'sdr',
        stage: 'mql',
        reason: expect.stringMatching(
          /^no eligible sdr owner: SDR round robin: pool sdr has nobody eligible: .* out of office until 2026-11-30T00:00:00.000Z$/,
        ) as unknown,
      }),
    ])
    await ctx.store.handoff.routing.setAvailability(sdrs[0]?.id as never, { outOfOffice: [] })
    const outcome = await assignPerson(ctx, person.id, {})
    expect(outcome).toMatchObject({
      kind: 'assigned',
      ownerId: sdrs[0]?.id,
      rule: 'SDR round robin',
    })
    expect((await listHeldLeads(ctx, { limit: 50 })).items).toEqual([])
  })

  it('respects a daily capacity: the full SDR is skipped', async () => {
    const { ctx, sdrs } = await setUp()
    const [ben, bea] = sdrs
    await ctx.store.handoff.routing.setAvailability(ben?.id as never, { capacityPerDay: 1 })
    const owners = []
    for (const n of [1, 2, 3]) owners.push((await toMql(ctx, `cap${n}@acme.com`)).ownerId)
    expect(owners.filter((o) => o === ben?.id)).toHaveLength(1)
    expect(owners.filter((o) => o === bea?.id)).toHaveLength(2)
  })

  it('assigns by hand, refuses inactive owners and stages marketing owns', async () => {
    const { ctx, sdrs } = await setUp()
    const person = await toMql(ctx, 'manual@acme.com')
    const other = sdrs.find((s) => s.id !== person.ownerId)
    const outcome = await assignPerson(ctx, person.id, { toEmail: other?.email ?? '' })
    expect(outcome).toMatchObject({
      kind: 'assigned',
      ownerId: other?.id,
      rule: 'manual',
      previousOwnerId: person.ownerId,
    })
    await ctx.store.handoff.routing.setAvailability(other?.id as never, { active: false })
    const code = (request: Parameters<typeof assignPerson>[2], id = person.id) =>
      codeOf(assignPerson(ctx, id, request))
    expect(await code({ toUserId: other?.id ?? '' })).toBe('handoff.owner_unavailable')
    expect(await code({ toEmail: 'nobody@acme.com' })).toBe('user.not_found')
    const inquiry = await createPerson(ctx, { email: 'new@acme.com' })
    expect(await code({}, inquiry.id)).toBe('handoff.not_routable')
    const missing = '00000000-0000-4000-8000-000000000000' as PersonId
    expect(await code({}, missing)).toBe('person.not_found')
  })

  it('keeps the account owner for the sales hand-off', async () => {
    const { ctx } = await setUp()
    const sam = await ctx.store.users.findByEmail('sam@acme.com')
    const account = await ctx.store.accounts.insert({ name: 'Globex', ownerId: sam?.id ?? null })
    const person = await createPerson(ctx, { email: 'ceo@globex.com', accountId: account.id })
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'sal' })
    expect((await getPerson(ctx, person.id)).ownerId).toBe(sam?.id)
    const audit = await rows(sql<{ rule: string }>`
      SELECT details->>'rule' AS rule FROM audit_log WHERE subject_id = ${person.id} ORDER BY id`)
    expect(audit.map((a) => a.rule)).toEqual(['SDR round robin', 'Existing account owner'])
  })
})
