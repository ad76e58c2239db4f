import { describe, expect, it } from 'vitest'
import type { SlaClock } from '../sla/index.ts'
import type { UserId } from '../shared/index.ts'
import { buildDigest } from './build-digest.ts'
import { buildFunnelReport, type FunnelFacts } from './build-funnel-report.ts'
import type { LeakReport } from './build-leak-report.ts'
import { buildSlaReport } from './build-sla-report.ts'
import { funnelPairs } from './funnel-pairs.ts'

const thisWeek = { from: new Date('2026-11-16T00:00:00Z'), to: new Date('2026-11-23T00:00:00Z') }
const lastWeek = { from: new Date('2026-11-09T00:00:00Z'), to: thisWeek.from }
const total = '\u0000total'

function funnel(period: typeof thisWeek, inquiries: number, mqls: number, sqls: number) {
  const facts: FunnelFacts = {
    flow: [
      { group: total, stage: 'inquiry', subjects: inquiries },
      { group: total, stage: 'mql', subjects: mqls },
      { group: total, stage: 'sql', subjects: sqls },
    ],
    cohorts: [{ group: total, from: 'mql', to: 'sql', cohort: mqls, reached: sqls }],
  }
  return buildFunnelReport(facts, { ...period, by: null }, funnelPairs())
}

function sla(period: typeof thisWeek, met: number, breached: number) {
  const clock = (i: number, outcome: 'met' | 'breached'): SlaClock => ({
    id: `${outcome}${i}`,
    kind: 'first_response',
    personId: null,
    opportunityId: null,
    ownerId: 'u1' as UserId,
    priority: 'hot',
    startedAt: period.from,
    dueAt: period.from,
    stoppedAt: period.from,
    outcome,
    escalationLevel: 0,
    nextCheckAt: null,
    agreementVersion: 1,
  })
  const clocks = [
    ...Array.from({ length: met }, (_, i) => clock(i, 'met')),
    ...Array.from({ length: breached }, (_, i) => clock(i, 'breached')),
  ]
  return buildSlaReport(
    { clocks, owners: [{ id: 'u1', name: 'Sid', team: 'SDR East' }] },
    { ...period, by: null },
    { now: period.to, agreement: null },
  )
}

const leaks: LeakReport = {
  ...thisWeek,
  by: null,
  averageDealCents: 500_000,
  unchecked: [],
  leaks: ['first', 'second', 'third', 'fourth'].map((sentence) => ({
    kind: 'conversion',
    group: null,
    from: 'mql',
    to: 'sql',
    actual: 0.5,
    targetPct: 90,
    basis: 'agreement',
    missing: 4,
    downstream: { value: 0.2 },
    revenueLostCents: 400_000,
    sentence,
  })),
}

describe('buildDigest', () => {
  const digest = buildDigest({
    thisWeek: {
      funnel: funnel(thisWeek, 50, 10, 6),
      sla: sla(thisWeek, 3, 1),
      wonCents: 900_000,
      wonDeals: 2,
    },
    lastWeek: {
      funnel: funnel(lastWeek, 40, 8, 8),
      sla: sla(lastWeek, 1, 1),
      wonCents: 0,
      wonDeals: 0,
    },
    leaks,
    goals: { conversions: [{ from: 'mql', to: 'sql', targetPct: 90 }], responseCompliancePct: 70 },
  })

  it('sets this week against last week and the goals', () => {
    expect(
      digest.kpis.map((k) => [k.name, k.thisWeek, k.lastWeek, k.change, k.goal, k.status]),
    ).toEqual([
      ['Inquiries', 50, 40, 10, null, 'no_goal'],
      ['MQLs', 10, 8, 2, null, 'no_goal'],
      ['SQLs', 6, 8, -2, null, 'no_goal'],
      ['Opportunities', 0, 0, 0, null, 'no_goal'],
      ['Won deals', 2, 0, 2, null, 'no_goal'],
      ['Won revenue', 900_000, 0, 900_000, null, 'no_goal'],
      // 6 of 10 MQLs reached SQL against 8 of 8 last week: 0.6 - 1 = -0.4, below the 90% goal.
      ['mql->sql', 0.6, 1, expect.closeTo(-0.4), 0.9, 'below'],
      ['Answered within the response target', 0.75, 0.5, 0.25, 0.7, 'met'],
    ])
    expect(digest.kpis[0]?.changeShare).toEqual({ value: 0.25 })
    expect(digest.kpis[4]?.changeShare).toEqual({ value: null, reason: 'none last week' })
  })

  it('keeps the top three leaks and the SLA breaches by team', () => {
    expect(digest.topLeaks).toEqual(['first', 'second', 'third'])
    expect(digest.slaBreachesByTeam.map((r) => [r.key, r.breached, r.decided])).toEqual([
      ['SDR East', 1, 4],
    ])
    expect(digest.from).toEqual(thisWeek.from)
  })

  it('has no goals to compare without an agreement, and no data for an empty week', () => {
    const bare = buildDigest({
      thisWeek: {
        funnel: funnel(thisWeek, 0, 0, 0),
        sla: sla(thisWeek, 0, 0),
        wonCents: 0,
        wonDeals: 0,
      },
      lastWeek: {
        funnel: funnel(lastWeek, 0, 0, 0),
        sla: sla(lastWeek, 0, 0),
        wonCents: 0,
        wonDeals: 0,
      },
      leaks: { ...leaks, leaks: [] },
      goals: null,
    })
    expect(bare.kpis.map((k) => k.name)).not.toContain('mql->sql')
    expect(bare.kpis.at(-1)).toMatchObject({ thisWeek: null, change: null, status: 'no_data' })
    expect(bare.topLeaks).toEqual([])
  })
})
