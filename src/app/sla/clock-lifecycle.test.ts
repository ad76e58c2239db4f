import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { Agreement } from '../../core/agreement/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { addUser } from '../access/users.ts'
import { draftAgreement, signAgreement } from '../agreement/agreements.ts'
import { actAsUser } from '../access/act-as-user.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import { ingestEvents } from '../intake/ingest-event.ts'
import type { WorkspaceStorage } from '../ports.ts'
import { createPerson, updatePerson } from '../records/people.ts'
import { sweepAllDue, type SweepSummary } from './sweep-clocks.ts'

// Friday 2026-01-09 16:30 in New York: a hot lead is due Monday 09:30, a warm one Wednesday 16:30.
const friday = '2026-01-09T21:30:00.000Z'
const ladder: Agreement['escalations'] = [
  {
    clock: 'first_response',
    steps: [
      { afterBusinessMinutes: 0, action: 'remind_owner' },
      { afterBusinessMinutes: 60, action: 'notify_manager' },
      { afterBusinessMinutes: 120, action: 'take_back' },
    ],
  },
]

describeEachBackend('response clocks', (db) => {
  const run = <T>(query: ReturnType<typeof sql<T>>) => query.execute(db().opened.db)

  async function setUp(escalations = ladder) {
    const store: WorkspaceStorage = (await db().workspace()).store
    const clock = fixedClock(friday)
    const ctx: UseCaseContext = { store, clock, actor: 'test', role: 'admin' }
    await addUser(ctx, { email: 'maria@acme.com', name: 'Maria', role: 'marketing' })
    await addUser(ctx, { email: 'sam@acme.com', name: 'Sam', role: 'sales' })
    const owner = await addUser(ctx, { email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    // The manager is outside the SDR pool, so routing hands every MQL to Sid.
    const manager = await addUser(ctx, { email: 'meg@acme.com', name: 'Meg', role: 'admin' })
    await run(sql`UPDATE "user" SET manager_id = ${manager.id} WHERE id = ${owner.id}`)
    const { version } = await draftAgreement(ctx, { ...agreementFixture(), escalations })
    await signAgreement(await actAsUser(ctx, 'maria@acme.com'), version.version, 'maria@acme.com')
    await signAgreement(await actAsUser(ctx, 'sam@acme.com'), version.version, 'sam@acme.com')
    return { ctx, clock, owner, manager, store }
  }

  async function lead(ctx: UseCaseContext, email: string, score: number | null, ownerId?: string) {
    const person = await createPerson(ctx, { email, firstName: 'Ana' })
    if (ownerId) await updatePerson(ctx, person.id, { ownerId: ownerId as never })
    if (score !== null) await run(sql`UPDATE person SET score = ${score} WHERE id = ${person.id}`)
    return person.id
  }
  const toStage = (ctx: UseCaseContext, id: PersonId, stage: string) =>
    changeStage(ctx, { subject: { type: 'person', id }, toStage: stage })
  async function clocksOf(id: PersonId) {
    const { rows } = await run(sql<{
      kind: string
      priority: string | null
      due_at: Date
      outcome: string | null
      stopped: boolean
      escalation_level: number
      owner_id: string | null
    }>`SELECT kind, priority, due_at, outcome, stopped_at IS NOT NULL AS stopped, escalation_level, owner_id
       FROM sla_clock WHERE person_id = ${id} ORDER BY started_at, kind`)
    return rows
  }
  async function outbox(topic: string, workspaceId: string) {
    const { rows } = await run(sql<{ target: string; payload: Record<string, unknown> }>`
      SELECT target, payload FROM outbox WHERE topic = ${topic} AND workspace_id = ${workspaceId}
      ORDER BY id`)
    return rows
  }

  it('starts the first-response clock on MQL by the lead score, in business time, owned by the owner', async () => {
    const { ctx, owner } = await setUp()
    const hot = await lead(ctx, 'hot@acme.com', 85, owner.id)
    const warm = await lead(ctx, 'warm@acme.com', 65)
    await toStage(ctx, hot, 'mql')
    await toStage(ctx, warm, 'mql')
    expect(await clocksOf(hot)).toMatchObject([
      {
        kind: 'first_response',
        priority: 'hot',
        due_at: new Date('2026-01-12T14:30:00Z'),
        outcome: null,
        owner_id: owner.id,
      },
    ])
    expect(await clocksOf(warm)).toMatchObject([
      {
        kind: 'first_response',
        priority: 'warm',
        due_at: new Date('2026-01-14T21:30:00Z'),
        // Routing hands the ownerless lead to Sid; the clock is his, not nobody's.
        owner_id: owner.id,
      },
    ])
  })

  it('stops the clock met when the lead is accepted in time and starts the next one', async () => {
    const { ctx, clock } = await setUp()
    const id = await lead(ctx, 'ana@acme.com', 85)
    await toStage(ctx, id, 'mql')
    clock.set('2026-01-12T14:00:00Z')
    await toStage(ctx, id, 'sal')
    const [first, recycle] = await clocksOf(id)
    expect(first).toMatchObject({ kind: 'first_response', outcome: 'met', stopped: true })
    expect(recycle).toMatchObject({ kind: 'recycle', outcome: null, stopped: false })
  })

  it("stops the clock on the owner's first call, breached when it came after the due time; a booked meeting does not count", async () => {
    const { ctx } = await setUp()
    const id = await lead(ctx, 'ana@acme.com', 85)
    await toStage(ctx, id, 'mql')
    const event = (type: string, occurredAt: string) => ({
      email: 'ana@acme.com',
      type,
      occurredAt,
    })
    await ingestEvents(ctx, [event('meeting_booked', '2026-01-12T14:00:00Z')], 'api')
    expect((await clocksOf(id))[0]).toMatchObject({ stopped: false })
    await ingestEvents(ctx, [event('call', '2026-01-12T15:00:00Z')], 'api')
    expect((await clocksOf(id))[0]).toMatchObject({ stopped: true, outcome: 'breached' })
  })

  it('climbs the ladder once per step: reminder at the breach, manager, then take-back to the SDR pool', async () => {
    const { ctx, clock, owner, manager, store } = await setUp()
    const id = await lead(ctx, 'ana@acme.com', 85, owner.id)
    await toStage(ctx, id, 'mql')
    const deps = { storage: db().storage, clock }
    // The sweeper serves every workspace of the database, so this test reads only its own rows.
    clock.set('2026-01-12T14:29:00Z')
    await sweepAllDue(deps, { batchSize: 10 })
    expect((await clocksOf(id))[0]).toMatchObject({ outcome: null, escalation_level: 0 })
    clock.set('2026-01-12T14:30:00Z')
    await sweepAllDue(deps, { batchSize: 10 })
    await sweepAllDue(deps, { batchSize: 10 })
    expect((await clocksOf(id))[0]).toMatchObject({
      outcome: 'breached',
      stopped: false,
      escalation_level: 1,
    })
    expect(await outbox('sla.reminder', store.workspaceId)).toMatchObject([{ target: owner.id }])
    clock.set('2026-01-12T16:30:00Z')
    await sweepAllDue(deps, { batchSize: 10 })
    expect(await outbox('sla.escalated', store.workspaceId)).toMatchObject([{ target: manager.id }])
    expect(await outbox('person.taken_back', store.workspaceId)).toMatchObject([
      { target: owner.id, payload: { previousOwnerId: owner.id, personId: id } },
    ])
    expect((await store.people.find(id))?.ownerId).toBeNull()
    const { rows } = await run(
      sql<{ action: string }>`SELECT action FROM audit_log WHERE subject_id = ${id}`,
    )
    expect(rows).toEqual([{ action: 'person.assigned' }, { action: 'person.taken_back' }])
    expect((await clocksOf(id))[0]).toMatchObject({ escalation_level: 3 })
    clock.set('2026-02-01T00:00:00Z')
    await sweepAllDue(deps, { batchSize: 10 })
    expect(await outbox('sla.reminder', store.workspaceId)).toHaveLength(1)
    expect((await clocksOf(id))[0]).toMatchObject({ escalation_level: 3 })
  })

  it('recycles through the agreed transition when the ladder says so, stopping the clock', async () => {
    const { ctx, clock } = await setUp([
      {
        clock: 'first_response',
        steps: [{ afterBusinessMinutes: 0, action: 'recycle', reasonCode: 'unreachable' }],
      },
    ])
    const id = await lead(ctx, 'ana@acme.com', 85)
    await toStage(ctx, id, 'mql')
    clock.set('2026-01-12T15:00:00Z')
    await sweepAllDue({ storage: db().storage, clock }, { batchSize: 10 })
    const { rows } = await run(sql<{ to_stage: string; reason_code: string | null; actor: string }>`
      SELECT to_stage, reason_code, actor FROM stage_event WHERE person_id = ${id} ORDER BY id DESC LIMIT 1`)
    expect(rows[0]).toEqual({
      to_stage: 'nurture',
      reason_code: 'unreachable',
      actor: 'baton:sweeper',
    })
    expect((await clocksOf(id))[0]).toMatchObject({ outcome: 'breached', stopped: true })
  })

  it("queues each workspace's reminders in one sweep, to the owner the lead has at the sweep", async () => {
    const a = await setUp()
    const b = await setUp()
    const first = await lead(a.ctx, 'ana@acme.com', 85, a.owner.id)
    const second = await lead(a.ctx, 'bo@acme.com', 85, a.owner.id)
    const other = await lead(b.ctx, 'cy@acme.com', 85, b.owner.id)
    for (const [ctx, id] of [
      [a.ctx, first],
      [a.ctx, second],
      [b.ctx, other],
    ] as const) {
      await toStage(ctx, id, 'mql')
    }
    await updatePerson(a.ctx, second, { ownerId: a.manager.id })
    a.clock.set('2026-01-12T15:00:00Z')
    const summary = await sweepAllDue({ storage: db().storage, clock: a.clock }, { batchSize: 50 })
    expect(summary.steps).toBeGreaterThanOrEqual(3)
    const reminders = async (workspaceId: string) =>
      (await outbox('sla.reminder', workspaceId)).map((m) => [m.payload['personId'], m.target])
    expect(await reminders(a.store.workspaceId)).toEqual(
      expect.arrayContaining([
        [first, a.owner.id],
        [second, a.manager.id],
      ]),
    )
    expect(await reminders(a.store.workspaceId)).toHaveLength(2)
    expect(await reminders(b.store.workspaceId)).toEqual([[other, b.owner.id]])
  })

  it('a take-back or recycle that cannot run undoes only itself, audited, and the clock moves on', async () => {
    const { ctx, clock } = await setUp([
      {
        clock: 'first_response',
        steps: [{ afterBusinessMinutes: 0, action: 'recycle', reasonCode: 'unreachable' }],
      },
    ])
    const kept = await lead(ctx, 'ana@acme.com', 85)
    const gone = await lead(ctx, 'bo@acme.com', 85)
    for (const id of [kept, gone]) await toStage(ctx, id, 'mql')
    // The lead left the stage outside Baton's transitions: nurture is no longer a move from it.
    await run(sql`UPDATE person SET stage = 'opportunity' WHERE id = ${gone}`)
    clock.set('2026-01-12T15:00:00Z')
    const summary = await sweepAllDue({ storage: db().storage, clock }, { batchSize: 50 })
    expect(summary.failed).toBeGreaterThanOrEqual(1)
    expect((await ctx.store.people.find(kept))?.stage).toBe('nurture')
    expect((await ctx.store.people.find(gone))?.stage).toBe('opportunity')
    const { rows } = await run(sql<{ subject_id: string; details: { action: string } }>`
      SELECT subject_id, details FROM audit_log WHERE action = 'sla.escalation_failed'
        AND subject_id = ANY(${[kept, gone]})`)
    expect(rows).toMatchObject([{ subject_id: gone, details: { action: 'recycle' } }])
    expect((await clocksOf(gone))[0]).toMatchObject({
      outcome: 'breached',
      stopped: false,
      escalation_level: 1,
    })
  })

  it('two sweepers racing over the same due clocks fire each step exactly once', async () => {
    const { ctx, clock } = await setUp([
      {
        clock: 'first_response',
        steps: [
          { afterBusinessMinutes: 0, action: 'take_back' },
          { afterBusinessMinutes: 0, action: 'take_back' },
        ],
      },
    ])
    const ids: PersonId[] = []
    for (let i = 0; i < 30; i++) {
      const id = await lead(ctx, `lead${i}@acme.com`, 85)
      await toStage(ctx, id, 'mql')
      ids.push(id)
    }
    clock.set('2026-01-12T15:00:00Z')
    const deps = { storage: db().storage, clock }
    const [a, b] = await Promise.all([
      sweepAllDue(deps, { batchSize: 7 }),
      sweepAllDue(deps, { batchSize: 7 }),
    ])
    // Other tests' clocks in this database may be swept too: at least this workspace's 60 steps ran.
    expect(a.steps + b.steps).toBeGreaterThanOrEqual(60)
    for (const id of ids) expect((await clocksOf(id))[0]).toMatchObject({ escalation_level: 2 })
    const { rows } = await run(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.taken_back' AND subject_id = ANY(${ids})
      GROUP BY subject_id`)
    expect(rows).toHaveLength(30)
    expect(rows.every((row) => row.n === 2)).toBe(true)
  })

  it('tells onBatch of every batch that found clocks, and of none when nothing is due', async () => {
    const { ctx, clock } = await setUp()
    for (let i = 0; i < 5; i++) await toStage(ctx, await lead(ctx, `batch${i}@acme.com`, 85), 'mql')
    clock.set('2026-01-12T15:00:00Z')
    const deps = { storage: db().storage, clock }
    const batches: SweepSummary[] = []
    const total = await sweepAllDue(deps, { batchSize: 2, onBatch: (b) => batches.push(b) })
    expect(total.steps).toBeGreaterThanOrEqual(5)
    expect(batches.length).toBeGreaterThanOrEqual(3)
    expect(batches.every((b) => b.checked > 0 && b.checked <= 2)).toBe(true)
    expect(batches.reduce((sum, b) => sum + b.steps, 0)).toBe(total.steps)
    const none: SweepSummary[] = []
    expect(await sweepAllDue(deps, { batchSize: 2, onBatch: (b) => none.push(b) })).toMatchObject({
      checked: 0,
    })
    expect(none).toEqual([])
  })
})
