import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { describeEachBackend } from '../../../test/database.ts'
import { rejectionOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { signedAgreement } from '../../../test/signed-agreement.ts'
import type { Agreement } from '../../core/agreement/index.ts'
import type { UserId } from '../../core/shared/index.ts'
import { addUser } from '../access/users.ts'
import type { UseCaseContext } from '../context.ts'
import { createPerson } from '../records/people.ts'
import type { NewClock } from '../sla/sla-ports.ts'
import { slaReport } from './sla-report.ts'

// Monday 2 March 2026, 15:00 in New York: clocks still running are judged at this instant.
const now = '2026-03-02T20:00:00.000Z'

function withResolution(): Agreement {
  const base = agreementFixture()
  return {
    ...base,
    funnel: {
      ...base.funnel,
      stages: base.funnel.stages.map((s) =>
        s.canonical === 'mql' ? { ...s, name: 'Conversation Lead' } : s,
      ),
    },
    clocks: [...base.clocks, { kind: 'resolution', startsOn: 'mql', stopsOn: ['sal', 'nurture'] }],
  }
}

describeEachBackend('sla report', (db) => {
  async function seeded() {
    const store = (await db().workspace()).store
    const ctx: UseCaseContext = { store, clock: fixedClock(now), actor: 'test', role: 'admin' }
    await signedAgreement(ctx, withResolution())
    const sid = await addUser(ctx, { email: 'sid@acme.com', name: 'Sid', role: 'sdr' })
    const bo = await addUser(ctx, { email: 'bo@acme.com', name: 'Bo', role: 'sales' })
    const team = await db()
      .opened.db.insertInto('team')
      .values({ workspace_id: store.workspaceId, name: 'SDR East' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await sql`UPDATE "user" SET team_id = ${team.id} WHERE id = ${sid.id}`.execute(db().opened.db)
    const person = await createPerson(ctx, { email: 'ana@globex.com', firstName: 'Ana' })
    const clock = (
      kind: NewClock['kind'],
      ownerId: UserId,
      startedAt: string,
      dueAt: string,
      priority: string | null = null,
    ): NewClock => ({
      kind,
      personId: person.id,
      opportunityId: null,
      ownerId,
      priority,
      startedAt: new Date(startedAt),
      dueAt: new Date(dueAt),
      nextCheckAt: new Date(dueAt),
      agreementVersion: null,
    })
    await store.sla.clocks.insert([
      clock('first_response', sid.id, '2026-03-02T14:00:00Z', '2026-03-02T15:00:00Z', 'hot'),
      clock('first_response', sid.id, '2026-02-27T14:00:00Z', '2026-03-02T14:00:00Z', 'warm'),
      clock('first_response', bo.id, '2026-03-02T19:00:00Z', '2026-03-03T19:00:00Z', 'warm'),
      clock('resolution', bo.id, '2026-02-23T14:00:00Z', '2026-02-24T14:00:00Z'),
      // Friday 16:00 to Monday 10:00 in New York: 120 business minutes.
      clock('status_update', bo.id, '2026-02-27T21:00:00Z', '2026-03-03T21:00:00Z'),
      // Before the period: left out.
      clock('first_response', sid.id, '2026-01-05T14:00:00Z', '2026-01-05T15:00:00Z', 'hot'),
    ])
    const clocks = await store.sla.clocks.listForPerson(person.id)
    const find = (kind: string, startedAt: string) => {
      const found = clocks.find(
        (c) => c.kind === kind && c.startedAt.toISOString() === new Date(startedAt).toISOString(),
      )
      if (!found) throw new Error(`no ${kind} clock started ${startedAt}`)
      return found.id
    }
    await store.sla.clocks.stop([
      {
        id: find('first_response', '2026-03-02T14:00:00Z'),
        stoppedAt: new Date('2026-03-02T14:40:00Z'),
        outcome: 'met',
      },
      {
        id: find('status_update', '2026-02-27T21:00:00Z'),
        stoppedAt: new Date('2026-03-02T15:00:00Z'),
        outcome: 'met',
      },
    ])
    await store.sla.clocks.advance([
      {
        id: find('resolution', '2026-02-23T14:00:00Z'),
        outcome: 'breached',
        escalationLevel: 2,
        nextCheckAt: null,
      },
    ])
    return { ctx, sid, bo }
  }

  it('reports response compliance, unresolved leads, status-update time, escalations and breaches', async () => {
    const { ctx, sid, bo } = await seeded()
    const report = await slaReport(ctx, { from: '2026-02-01', to: '2026-03-03', by: 'owner' })
    expect(report.asOf.toISOString()).toBe(now)
    expect(report.resolutionStage).toBe('Conversation Lead')
    expect(
      report.total.response.byPriority.map((p) => [p.priority, p.met, p.breached, p.running]),
    ).toEqual([
      ['hot', 1, 0, 0],
      ['warm', 0, 1, 1],
    ])
    expect(report.total.response.total.metShare).toEqual({ value: 0.5 })
    expect(report.total.resolution).toMatchObject({
      breached: 1,
      openPastDue: 1,
      unresolvedShare: { value: 1 },
    })
    expect(report.total.statusUpdate.elapsed).toEqual({
      unit: 'business_minutes',
      updates: 1,
      medianMinutes: 120,
      p90Minutes: 120,
    })
    expect(report.total.escalations).toEqual([
      { kind: 'resolution', step: 1, action: 'remind_owner', clocks: 1 },
      { kind: 'resolution', step: 2, action: 'notify_manager', clocks: 1 },
    ])
    expect(report.breaches.byOwner.map((r) => [r.key, r.label, r.decided, r.breached])).toEqual([
      [bo.id, 'Bo', 2, 1],
      [sid.id, 'Sid', 2, 1],
    ])
    expect(report.breaches.byTeam.map((r) => [r.key, r.breached, r.byKind])).toEqual([
      ['SDR East', 1, { first_response: 1 }],
      [null, 1, { resolution: 1 }],
    ])
    expect(report.groups.map((g) => [g.label, g.response.total.clocks])).toEqual([
      ['Bo', 1],
      ['Sid', 2],
    ])
  })

  it('names the valid splits when --by names none, and gives null rates for an empty period', async () => {
    const { ctx } = await seeded()
    const error = await rejectionOf(slaReport(ctx, { by: 'source' }))
    expect(error.code).toBe('request.invalid')
    expect(error.message).toBe('Cannot split by "source"; use one of owner, team, priority.')
    const empty = await slaReport(ctx, { from: '1990-01-01', to: '1990-02-01' })
    expect(empty.total.response.total.metShare.value).toBeNull()
    expect(empty.total.statusUpdate.elapsed.medianMinutes).toBeNull()
  })
})
