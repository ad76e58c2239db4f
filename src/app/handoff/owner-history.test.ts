import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { scoringContext } from '../../../test/scoring-fixture.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { addUser } from '../access/users.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { createPerson, getPerson } from '../records/people.ts'
import { assignPerson } from './assign-person.ts'
import { ownerHistory } from './owner-history.ts'

describeEachBackend('owner history', (db) => {
  async function setUp() {
    const scoring = await scoringContext((await db().workspace()).store)
    const { ctx } = scoring
    await addUser(ctx, { email: 'ben@acme.com', name: 'Ben BDR', role: 'sdr' })
    await addUser(ctx, { email: 'bea@acme.com', name: 'Bea BDR', role: 'sdr' })
    return scoring
  }

  it('lists every owner of a lead in order, with the rule, the reason and how long each held it', async () => {
    const { ctx, clock } = await setUp()
    const person = await createPerson(ctx, { email: 'ana@globex.com' })
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    const routed = await getPerson(ctx, person.id)
    const users = await ctx.store.users.list()
    const first = users.find((u) => u.id === routed.ownerId)
    const other = users.find((u) => u.role === 'sdr' && u.id !== routed.ownerId)
    clock.advance(90 * 60_000)
    await assignPerson(ctx, person.id, { toEmail: other?.email ?? '' })

    const history = await ownerHistory(ctx, person.id)
    expect(history.map((h) => [h.ownerEmail, h.rule, h.team])).toEqual([
      [first?.email, 'SDR round robin', 'sdr'],
      [other?.email, 'manual', 'sdr'],
    ])
    expect(history[0]?.reason).toBe('next in turn in pool sdr')
    expect(history[0]?.at.toISOString()).toBe('2026-11-23T15:00:00.000Z')
    expect(history[0]?.until?.toISOString()).toBe('2026-11-23T16:30:00.000Z')
    expect(history[1]).toMatchObject({ ownerName: other?.name, until: null, actor: 'test' })
  })

  it('is empty for a lead nobody was assigned, and not found for an unknown person', async () => {
    const { ctx } = await setUp()
    const person = await createPerson(ctx, { email: 'new@globex.com' })
    expect(await ownerHistory(ctx, person.id)).toEqual([])
    const unknown = '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a' as PersonId
    expect(await codeOf(ownerHistory(ctx, unknown))).toBe('person.not_found')
  })

  it('is refused to a caller without a role that reads people', async () => {
    const { ctx } = await setUp()
    const person = await createPerson(ctx, { email: 'v@globex.com' })
    expect(await codeOf(ownerHistory({ ...ctx, role: 'viewer' }, person.id))).toBe('auth.forbidden')
  })
})
