import { describe, expect, it } from 'vitest'
import { applyWhatIf, toWhatIfChange } from './apply-what-if.ts'
import { buildPlan } from './build-plan.ts'
import { detectDrift } from './detect-drift.ts'
import { channelOf, handExample } from './plan.fixture.ts'
import { trackWeeks } from './track-weeks.ts'
import type { PlanTarget } from './types.ts'
import { whatIfDelta } from './what-if-delta.ts'

const q1: PlanTarget = {
  name: 'Q1 new business',
  period: { start: '2027-01-01', end: '2027-03-31' },
  segment: { motion: 'new', tier: 'commercial' },
  revenueCents: 100_000_000,
  mix: { inbound: 1 },
}
const lagged = channelOf(
  'inbound',
  {
    opportunity_to_won: 0.25,
    sql_to_opportunity: 0.5,
    mql_to_sql: 0.9,
    inquiry_to_mql: 0.12,
  },
  { lagDays: { inquiry_to_mql: 7, mql_to_sql: 3, sql_to_opportunity: 10, opportunity_to_won: 45 } },
)
const outbound = channelOf(
  'outbound',
  { opportunity_to_won: 0.2, sql_to_opportunity: 0.4, mql_to_sql: 0.5 },
  { source: 'sdr', entryStage: 'mql', averageDealCents: 2_000_000 },
)

describe('buildPlan', () => {
  it('plans the hand-computed example and totals it by source', () => {
    const plan = buildPlan([q1], [handExample])
    const expected = { won: 40, opportunity: 160, sql: 320, mql: 356, inquiry: 2967 }
    expect(plan.total).toEqual(expected)
    expect(plan.bySource).toEqual([{ source: 'marketing', required: expected }])
    expect(plan.lines[0]).toMatchObject({ channel: 'inbound', revenueCents: 100_000_000 })
    expect(plan.warnings).toHaveLength(4)
  })

  it('splits the target by the mix and rounds each channel up on its own', () => {
    const plan = buildPlan(
      [{ ...q1, mix: { inbound: 0.7, outbound: 0.3 } }],
      [handExample, outbound],
    )
    // inbound $700,000: 28 wins -> 112 -> 224 -> 249 -> 2,075; outbound $300,000 at $20,000: 15 ->
    // 75 -> 188 -> 376 MQLs, no inquiries.
    expect(plan.lines.map((l) => [l.channel, l.source, l.required])).toEqual([
      ['inbound', 'marketing', { won: 28, opportunity: 112, sql: 224, mql: 249, inquiry: 2075 }],
      ['outbound', 'sdr', { won: 15, opportunity: 75, sql: 188, mql: 376, inquiry: 0 }],
    ])
    expect(plan.total).toEqual({ won: 43, opportunity: 187, sql: 412, mql: 625, inquiry: 2075 })
  })

  it('schedules each stage earlier by the lags after it, into the previous year', () => {
    const plan = buildPlan([q1], [lagged])
    const first = (stage: string) => plan.schedule.find((row) => row.stage === stage)
    // Wins from 2027-01-01; opportunities 45 days before, SQLs 55, MQLs 58, inquiries 65.
    expect(first('won')).toMatchObject({ week: '2026-W53', weekStart: '2026-12-28' })
    expect(first('opportunity')).toMatchObject({ week: '2026-W47', weekStart: '2026-11-16' })
    expect(first('inquiry')).toMatchObject({ week: '2026-W44', weekStart: '2026-10-26' })
    const sum = (stage: string) =>
      plan.schedule.filter((row) => row.stage === stage).reduce((n, row) => n + row.count, 0)
    expect([sum('won'), sum('opportunity'), sum('sql'), sum('mql'), sum('inquiry')]).toEqual([
      40, 160, 320, 356, 2967,
    ])
    expect(plan.warnings).toEqual([])
  })

  it.each([
    [{ inbound: 0.6 }, /mix adds up to 0\.6, not 1/],
    [{ inbound: 0.5, webinar: 0.5 }, /names channel "webinar", which the plan does not define/],
  ])('refuses the mix %o', (mix, message) => {
    expect(() => buildPlan([{ ...q1, mix }], [handExample])).toThrow(message)
  })
})

describe('what-if', () => {
  it('shows the change in inquiries and spend when MQL->SQL goes from 60% to 80%', () => {
    const at60 = applyWhatIf([handExample], [toWhatIfChange('mql_to_sql=0.6')])
    const before = buildPlan([q1], at60)
    const change = toWhatIfChange('mql_to_sql=0.8')
    const after = buildPlan([q1], applyWhatIf(at60, [change]))
    // 320 SQLs: 534 MQLs -> 4,450 inquiries at 60%; 400 MQLs -> 3,334 at 80%.
    const result = whatIfDelta([change], before, after, () => ({ cents: 15_000 }))
    expect(result.before).toMatchObject({ mql: 534, inquiry: 4450 })
    expect(result.after).toMatchObject({ mql: 400, inquiry: 3334 })
    expect(result.delta).toMatchObject({ sql: 0, mql: -134, inquiry: -1116 })
    expect(result.deltaSpendCents).toBe(-1116 * 15_000)
    expect(after.lines[0]?.required.won).toBe(40)
  })

  it('leaves spend unknown, with the reason, when a channel has no cost per inquiry', () => {
    const change = toWhatIfChange('inbound:inquiry_to_mql=0.24')
    const before = buildPlan([q1], [handExample])
    const after = buildPlan([q1], applyWhatIf([handExample], [change]))
    const result = whatIfDelta([change], before, after, () => ({
      cents: null,
      reason: 'no spend',
    }))
    expect(result.byChannel[0]).toMatchObject({ deltaInquiries: 1484 - 2967, reason: 'no spend' })
    expect(result.deltaSpendCents).toBeNull()
  })

  it.each([
    ['mql_to_sql=0', /rate is 0/],
    ['mql_to_sql=80', /for 80% write 0\.8/],
    ['speed=2', /not a change of a rate/],
  ])('refuses --set %s', (text, message) => {
    expect(() => toWhatIfChange(text)).toThrow(message)
  })

  it('refuses a change for a channel the plan does not have', () => {
    expect(() => applyWhatIf([handExample], [toWhatIfChange('events:mql_to_sql=0.5')])).toThrow(
      /names channel "events"/,
    )
  })
})

describe('tracking', () => {
  it('compares actual with plan per week and stage, with running totals up to this week', () => {
    const plan = buildPlan(
      [{ ...q1, period: { start: '2027-01-04', end: '2027-01-17' } }],
      [handExample],
    )
    const rows = trackWeeks(
      plan.schedule,
      [
        { week: '2027-W01', stage: 'won', count: 15 },
        { week: '2027-W01', stage: 'mql', count: 200 },
      ],
      '2027-01-04',
    )
    const won = rows.filter((r) => r.stage === 'won')
    expect(won).toEqual([
      expect.objectContaining({ week: '2027-W01', planned: 20, actual: 15, gap: -5 }),
      expect.objectContaining({ week: '2027-W02', planned: 20, actual: null, gap: null }),
    ])
  })

  it('warns when an actual rate drifts beyond the tolerance, and not on a small cohort', () => {
    const policy = { tolerance: 0.2, minSample: 30 }
    const drifts = detectDrift(
      [
        { channel: 'inbound', rate: 'mql_to_sql', planned: 0.9, cohort: 100, reached: 62 },
        { channel: 'inbound', rate: 'inquiry_to_mql', planned: 0.12, cohort: 1000, reached: 130 },
        { channel: null, rate: 'opportunity_to_won', planned: 0.25, cohort: 100, reached: 40 },
        { channel: 'inbound', rate: 'sql_to_opportunity', planned: 0.5, cohort: 10, reached: 1 },
      ],
      policy,
    )
    expect(drifts.map((d) => d.status)).toEqual(['below', 'on_plan', 'above', 'too_few'])
    expect(drifts[0]?.message).toMatch(
      /MQL->SQL \(mql_to_sql\) for channel "inbound" is 62\.0% \(62\/100\) against the planned 90\.0%, 31\.1% below: the target is at risk/,
    )
    expect(drifts[3]?.deviation).toBeNull()
  })
})
