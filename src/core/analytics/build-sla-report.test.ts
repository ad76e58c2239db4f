import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import type { Agreement, ClockKind } from '../agreement/index.ts'
import type { SlaClock } from '../sla/index.ts'
import type { UserId } from '../shared/index.ts'
import { buildSlaReport, type SlaFacts } from './build-sla-report.ts'

// Monday 2 March 2026, 15:00 in New York (EST): clocks still running are judged now.
const now = new Date('2026-03-02T20:00:00Z')
const period = { from: new Date('2026-02-01T00:00:00Z'), to: new Date('2026-03-03T00:00:00Z') }

let next = 0
function clock(
  kind: ClockKind,
  ownerId: string | null,
  times: { startedAt: string; dueAt: string; stoppedAt?: string },
  extra: Partial<Pick<SlaClock, 'priority' | 'outcome' | 'escalationLevel'>> = {},
): SlaClock {
  next += 1
  return {
    id: `c${next}`,
    kind,
    personId: null,
    opportunityId: null,
    ownerId: ownerId as UserId | null,
    priority: extra.priority ?? null,
    startedAt: new Date(times.startedAt),
    dueAt: new Date(times.dueAt),
    stoppedAt: times.stoppedAt === undefined ? null : new Date(times.stoppedAt),
    outcome: extra.outcome ?? null,
    escalationLevel: extra.escalationLevel ?? 0,
    nextCheckAt: null,
    agreementVersion: 1,
  }
}

const mon = { startedAt: '2026-03-02T14:00:00Z', dueAt: '2026-03-02T15:00:00Z' }
const hot = { priority: 'hot' }
const warm = { priority: 'warm' }
// Business time in New York, 09:00-17:00 on weekdays (EST, UTC-5, before 8 March):
// s1 Fri 16:00 -> Mon 10:00 is 60 + 60 = 120 business minutes (3,960 calendar minutes),
// s2 Mon 23 Feb 09:00 -> 12:00 is 180 (180), s3 Tue 09:00 -> Wed 09:00 is 480 (1,440).
const clocks: SlaClock[] = [
  clock(
    'first_response',
    'u1',
    { ...mon, stoppedAt: '2026-03-02T14:30:00Z' },
    { ...hot, outcome: 'met' },
  ),
  clock(
    'first_response',
    'u1',
    { ...mon, stoppedAt: '2026-03-02T16:00:00Z' },
    { ...hot, outcome: 'breached', escalationLevel: 1 },
  ),
  // Past due and still open, before the sweeper marked it: breached all the same.
  clock(
    'first_response',
    'u2',
    { startedAt: '2026-02-27T14:00:00Z', dueAt: '2026-03-02T14:00:00Z' },
    warm,
  ),
  clock(
    'first_response',
    'u2',
    { startedAt: '2026-03-02T19:00:00Z', dueAt: '2026-03-03T19:00:00Z' },
    warm,
  ),
  clock(
    'first_response',
    'u3',
    { ...mon, stoppedAt: '2026-03-02T14:10:00Z' },
    { ...warm, outcome: 'cancelled' },
  ),
  clock(
    'first_response',
    'u3',
    { ...mon, stoppedAt: '2026-03-02T14:20:00Z' },
    { ...warm, outcome: 'met' },
  ),
  clock(
    'first_response',
    'u3',
    { ...mon, stoppedAt: '2026-03-02T14:59:00Z' },
    { ...warm, outcome: 'met' },
  ),
  clock(
    'first_response',
    null,
    { ...mon, stoppedAt: '2026-03-02T18:00:00Z' },
    { ...hot, outcome: 'breached' },
  ),
  clock('resolution', 'u1', { ...mon, stoppedAt: '2026-03-02T14:45:00Z' }, { outcome: 'met' }),
  clock('resolution', 'u1', mon, { outcome: 'breached', escalationLevel: 2 }),
  clock('resolution', 'u3', { ...mon, stoppedAt: '2026-03-02T17:00:00Z' }, { outcome: 'breached' }),
  clock(
    'status_update',
    'u3',
    {
      startedAt: '2026-02-27T21:00:00Z',
      dueAt: '2026-03-03T21:00:00Z',
      stoppedAt: '2026-03-02T15:00:00Z',
    },
    { outcome: 'met' },
  ),
  clock(
    'status_update',
    'u3',
    {
      startedAt: '2026-02-23T14:00:00Z',
      dueAt: '2026-02-24T14:00:00Z',
      stoppedAt: '2026-02-23T17:00:00Z',
    },
    { outcome: 'met' },
  ),
  clock(
    'status_update',
    'u3',
    {
      startedAt: '2026-02-24T14:00:00Z',
      dueAt: '2026-02-24T20:00:00Z',
      stoppedAt: '2026-02-25T14:00:00Z',
    },
    { outcome: 'breached' },
  ),
  clock('status_update', 'u3', {
    startedAt: '2026-03-02T19:00:00Z',
    dueAt: '2026-03-04T19:00:00Z',
  }),
]
const facts: SlaFacts = {
  clocks,
  owners: [
    { id: 'u1', name: 'Sid', team: 'SDR East' },
    { id: 'u2', name: 'Ana', team: 'SDR East' },
    { id: 'u3', name: 'Bo', team: 'Closers' },
  ],
}

const base = agreementFixture()
const agreement: Agreement = {
  ...base,
  funnel: {
    ...base.funnel,
    stages: base.funnel.stages.map((s) =>
      s.canonical === 'mql' ? { ...s, name: 'Conversation Lead' } : s,
    ),
  },
  clocks: [...base.clocks, { kind: 'resolution', startsOn: 'mql', stopsOn: ['sal', 'nurture'] }],
}

describe('buildSlaReport', () => {
  const report = buildSlaReport(facts, { ...period, by: null }, { now, agreement })

  it('counts leads answered within the response target per priority, open past due as breached', () => {
    expect(report.total.response.total).toEqual({
      clocks: 8,
      met: 3,
      breached: 3,
      openPastDue: 1,
      running: 1,
      cancelled: 1,
      metShare: { value: 0.5 },
    })
    expect(
      report.total.response.byPriority.map((p) => [
        p.priority,
        p.met,
        p.breached,
        p.metShare.value,
      ]),
    ).toEqual([
      ['hot', 1, 2, 1 / 3],
      ['warm', 2, 1, 2 / 3],
    ])
  })

  it('gives the share of Conversation Leads unresolved after the resolution limit', () => {
    expect(report.resolutionStage).toBe('Conversation Lead')
    expect(report.total.resolution).toMatchObject({
      clocks: 3,
      met: 1,
      breached: 2,
      openPastDue: 1,
      unresolvedShare: { value: 2 / 3 },
    })
  })

  it('measures first meeting to status update in business minutes under the agreement calendar', () => {
    expect(report.total.statusUpdate.elapsed).toEqual({
      unit: 'business_minutes',
      updates: 3,
      medianMinutes: 180,
      p90Minutes: 420,
    })
    const calendar = buildSlaReport(facts, { ...period, by: null }, { now, agreement: null })
    // 180, 1,440 and 3,960 calendar minutes: p90 = 1,440 + 0.8 x 2,520.
    expect(calendar.total.statusUpdate.elapsed).toEqual({
      unit: 'calendar_minutes',
      updates: 3,
      medianMinutes: 1440,
      p90Minutes: 3456,
    })
    expect(calendar.resolutionStage).toBeNull()
  })

  it('counts escalations by step with the ladder action of the agreement', () => {
    expect(report.total.escalations).toEqual([
      { kind: 'first_response', step: 1, action: 'remind_owner', clocks: 1 },
      { kind: 'resolution', step: 1, action: 'remind_owner', clocks: 1 },
      { kind: 'resolution', step: 2, action: 'notify_manager', clocks: 1 },
    ])
    const bare = buildSlaReport(facts, { ...period, by: null }, { now, agreement: null })
    expect(bare.total.escalations.map((e) => e.action)).toEqual([null, null, null])
  })

  it('ranks breaches by owner and by team, clocks without an owner on their own row', () => {
    expect(
      report.breaches.byOwner.map((r) => [r.label, r.decided, r.breached, r.share.value, r.byKind]),
    ).toEqual([
      ['Bo', 6, 2, 2 / 6, { resolution: 1, status_update: 1 }],
      ['Sid', 4, 2, 0.5, { first_response: 1, resolution: 1 }],
      ['Ana', 1, 1, 1, { first_response: 1 }],
      [null, 1, 1, 1, { first_response: 1 }],
    ])
    expect(report.breaches.byTeam.map((r) => [r.key, r.decided, r.breached])).toEqual([
      ['SDR East', 5, 3],
      ['Closers', 6, 2],
      [null, 1, 1],
    ])
    expect(report.total.breaches).toEqual({ decided: 12, breached: 6, share: { value: 0.5 } })
  })

  it('splits every figure by team when asked', () => {
    const byTeam = buildSlaReport(facts, { ...period, by: 'team' }, { now, agreement })
    expect(byTeam.groups.map((g) => [g.group, g.response.total.metShare.value])).toEqual([
      ['SDR East', 1 / 3],
      ['Closers', 1],
      [null, 0],
    ])
    const byPriority = buildSlaReport(facts, { ...period, by: 'priority' }, { now, agreement })
    expect(byPriority.groups.map((g) => [g.group, g.breaches.breached])).toEqual([
      [null, 3],
      ['hot', 2],
      ['warm', 1],
    ])
    const byOwner = buildSlaReport(facts, { ...period, by: 'owner' }, { now, agreement })
    expect(byOwner.groups.map((g) => [g.group, g.label])).toEqual([
      ['u3', 'Bo'],
      ['u1', 'Sid'],
      ['u2', 'Ana'],
      [null, null],
    ])
  })

  it('gives null with a reason, never NaN, for a period without clocks', () => {
    const empty = buildSlaReport(
      { clocks: [], owners: [] },
      { ...period, by: 'owner' },
      { now, agreement },
    )
    expect(empty.total.response.total.metShare).toEqual({
      value: null,
      reason: 'no lead has been answered or breached yet',
    })
    expect(empty.total.resolution.unresolvedShare.value).toBeNull()
    expect(empty.total.statusUpdate.elapsed).toEqual({
      unit: 'business_minutes',
      updates: 0,
      medianMinutes: null,
      p90Minutes: null,
      reason: 'no status update was recorded',
    })
    expect(empty.groups).toEqual([])
    expect(empty.breaches).toEqual({ byOwner: [], byTeam: [] })
  })
})
