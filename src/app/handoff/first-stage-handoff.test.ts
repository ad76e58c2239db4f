import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { scoringContext } from '../../../test/scoring-fixture.ts'
import type { AgreementVersion } from '../../core/agreement/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { addUser } from '../access/users.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { handOffNewLeads, type NewLeadEntry } from '../intake/hand-off-new-leads.ts'
import { ingestLeads } from '../intake/ingest-leads.ts'
import type { Stores } from '../ports.ts'
import { createPerson, getPerson } from '../records/people.ts'

const dayMs = 86_400_000

describeEachBackend('hand-off of a lead created in a hand-off stage', (db) => {
  const rows = async <T>(query: ReturnType<typeof sql<T>>) =>
    (await query.execute(db().opened.db)).rows
  const clocksOf = (id: string) =>
    rows(sql<{ kind: string; owner_id: string | null; priority: string | null }>`
      SELECT kind, owner_id, priority FROM sla_clock WHERE person_id = ${id} ORDER BY kind`)
  const heldCount = async (id: string) =>
    (
      await rows(
        sql<{ n: number }>`SELECT count(*)::int AS n FROM handoff_hold WHERE person_id = ${id}`,
      )
    )[0]?.n

  async function setUp() {
    const scoring = await scoringContext((await db().workspace()).store)
    const sid = await addUser(scoring.ctx, { email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    return { ...scoring, sid }
  }
  const personIdOf = (outcome: { kind: string; personId?: PersonId } | undefined) =>
    outcome && 'personId' in outcome ? (outcome.personId as PersonId) : ('' as PersonId)

  it('routes a person created directly as an MQL and gives the routed owner the clock', async () => {
    const { ctx, sid } = await setUp()
    const person = await createPerson(ctx, { email: 'ana@acme.com', stage: 'mql' })
    expect((await getPerson(ctx, person.id)).ownerId).toBe(sid.id)
    expect(await clocksOf(person.id)).toEqual([
      { kind: 'first_response', owner_id: sid.id, priority: 'warm' },
    ])
    expect(await heldCount(person.id)).toBe(0)
  })

  it('gives the routed owner the clock a move into MQL starts', async () => {
    const { ctx, sid } = await setUp()
    const person = await createPerson(ctx, { email: 'bo@acme.com' })
    expect(await clocksOf(person.id)).toEqual([])
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    expect(await clocksOf(person.id)).toEqual([
      { kind: 'first_response', owner_id: sid.id, priority: 'warm' },
    ])
  })

  it('holds a person created as an MQL when nobody can take them, with an ownerless clock', async () => {
    const { ctx, sid } = await setUp()
    await ctx.store.handoff.routing.setAvailability(sid.id, { active: false })
    const person = await createPerson(ctx, { email: 'cy@acme.com', stage: 'mql' })
    expect((await getPerson(ctx, person.id)).ownerId).toBeNull()
    expect(await heldCount(person.id)).toBe(1)
    expect(await clocksOf(person.id)).toEqual([
      { kind: 'first_response', owner_id: null, priority: 'warm' },
    ])
  })

  it('routes and clocks MQLs an import brings in from this week, but not history', async () => {
    const { ctx, clock, sid } = await setUp()
    const signedAt = clock.now().getTime()
    clock.advance(20 * dayMs)
    const { outcomes } = await ingestLeads(
      ctx,
      [
        { email: 'new@acme.com', stage: 'mql', occurredAt: new Date(signedAt + 18 * dayMs) },
        { email: 'old@acme.com', stage: 'mql', occurredAt: new Date(signedAt + 10 * dayMs) },
        { email: 'asked@acme.com', stage: 'inquiry' },
      ].map((lead) => ({ ...lead, source: 'webinar', extra: {} })),
      { channel: 'import:test' },
    )
    const [fresh, old, inquiry] = outcomes.map(personIdOf)
    expect((await getPerson(ctx, fresh as PersonId)).ownerId).toBe(sid.id)
    expect(await clocksOf(fresh as PersonId)).toEqual([
      { kind: 'first_response', owner_id: sid.id, priority: 'warm' },
    ])
    for (const id of [old, inquiry] as PersonId[]) {
      expect((await getPerson(ctx, id)).ownerId).toBeNull()
      expect(await clocksOf(id)).toEqual([])
      expect(await heldCount(id)).toBe(0)
    }
    expect((await getPerson(ctx, old as PersonId)).stage).toBe('mql')
  })
})

describeEachBackend('an import without an agreement', (db) => {
  it('records MQLs without routing or clocks', async () => {
    const store = (await db().workspace()).store
    const ctx: UseCaseContext = { store, clock: fixedClock(), actor: 'test', role: 'admin' }
    await addUser(ctx, { email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    const { outcomes } = await ingestLeads(
      ctx,
      [{ email: 'ana@acme.com', stage: 'mql', source: 'webinar', extra: {} }],
      { channel: 'import:test' },
    )
    const id = outcomes[0] && 'personId' in outcomes[0] ? outcomes[0].personId : ''
    expect((await getPerson(ctx, id as PersonId)).ownerId).toBeNull()
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sla_clock`.execute(
      db().opened.db,
    )
    expect(rows[0]?.n).toBe(0)
  })
})

describe('handOffNewLeads', () => {
  // Stores that fail on any use: the batch path must not query per row when there is no work.
  const untouchable = new Proxy({} as Stores, {
    get: (_target, name) => {
      throw new Error(`queried the store (${String(name)})`)
    },
  })
  const ctx = {
    store: untouchable,
    clock: fixedClock(),
    actor: 'test',
    role: 'admin',
  } as unknown as UseCaseContext
  const entry = (toStage: string, agreementVersion: number | null): NewLeadEntry => ({
    personId: 'p1' as PersonId,
    entry: {
      subject: { type: 'person' as const, id: 'p1' as PersonId },
      fromStage: null,
      toStage,
      occurredAt: new Date('2026-11-23T15:00:00Z'),
      actor: 'test',
      reasonCode: null,
      note: null,
      agreementVersion,
      ...(agreementVersion === null
        ? {}
        : {
            implies: {
              ownerTeam: 'marketing' as const,
              ownerTeamChanges: true,
              startClocks: [],
              stopClocks: [],
            },
          }),
    },
  })

  it('touches no store without a signed agreement, however many leads', async () => {
    const leads = Array.from({ length: 500 }, () => entry('mql', null))
    await expect(handOffNewLeads(untouchable, ctx, undefined, leads)).resolves.toBeUndefined()
  })

  it('touches no store for new inquiries under the agreement', async () => {
    const signed = { version: 1 } as AgreementVersion
    const leads = Array.from({ length: 500 }, () => entry('inquiry', 1))
    await expect(handOffNewLeads(untouchable, ctx, signed, leads)).resolves.toBeUndefined()
  })
})
