import { describe, expect, it } from 'vitest'
import type { CanonicalStage } from '../funnel/index.ts'
import type { FunnelGroup, FunnelReport } from './build-funnel-report.ts'
import { buildLeakReport, type ConversionTarget } from './build-leak-report.ts'
import { rateOf } from './rate.ts'

type Row = [CanonicalStage, CanonicalStage, number, number]
const group = (name: string | null, rows: readonly Row[]): FunnelGroup => ({
  group: name,
  entered: [],
  conversions: rows.map(([from, to, cohort, reached]) => ({
    from,
    to,
    cohort,
    reached,
    rate: rateOf(reached, cohort, `nobody entered ${from} in the period`),
  })),
})

// By hand: MQL->SQL is 30/50 overall (60%), 20/40 from paid search (50%), 10/10 from webinars;
// inquiry->MQL is 15/200 (7.5%), 12/100 from paid search, 3/100 from webinars; SQL->won 25% and
// MQL->won 10% overall; the average won deal is $10,000.
const funnel: FunnelReport = {
  from: new Date('2024-01-01T00:00:00Z'),
  to: new Date('2024-04-01T00:00:00Z'),
  by: 'source',
  total: group(null, [
    ['inquiry', 'mql', 200, 15],
    ['mql', 'sql', 50, 30],
    ['sql', 'won', 40, 10],
    ['mql', 'won', 50, 5],
  ]),
  groups: [
    group('paid search', [
      ['inquiry', 'mql', 100, 12],
      ['mql', 'sql', 40, 20],
    ]),
    group('webinar', [
      ['inquiry', 'mql', 100, 3],
      ['mql', 'sql', 10, 10],
    ]),
  ],
}
const targets: ConversionTarget[] = [
  { from: 'mql', to: 'sql', targetPct: 90, basis: 'agreement' },
  { from: 'inquiry', to: 'mql', targetPct: 10, basis: 'benchmark' },
]

describe('buildLeakReport', () => {
  const report = buildLeakReport({
    funnel,
    targets,
    averageDealCents: 1_000_000,
    sla: { clocks: 20, onTime: 15 },
    responseCompliancePct: 95,
  })

  it('ranks leaks by revenue lost: missing x conversion to won x average deal', () => {
    expect(report.leaks.map((l) => [l.group, l.from, l.to, l.missing, l.revenueLostCents])).toEqual(
      [
        ['paid search', 'mql', 'sql', 16, 4_000_000],
        [null, 'mql', 'sql', 15, 3_750_000],
        ['webinar', 'inquiry', 'mql', 7, 700_000],
        [null, 'inquiry', 'mql', 5, 500_000],
        [null, null, null, 4, null],
      ],
    )
  })

  it('says each leak in a plain sentence, naming a goal or a benchmark', () => {
    expect(report.leaks.map((l) => l.sentence)).toEqual([
      'MQL->SQL from paid search is 50% against a 90% goal: about 16 SQLs and $40,000 lost in the period.',
      'MQL->SQL is 60% against a 90% goal: about 15 SQLs and $37,500 lost in the period.',
      'inquiry->MQL from webinar is 3% against a 10% benchmark: about 7 MQLs and $7,000 lost in the period.',
      'inquiry->MQL is 8% against a 10% benchmark: about 5 MQLs and $5,000 lost in the period.',
      'Leads answered within the response target: 75% against a 95% goal: about 4 more should have been answered in time.',
    ])
  })

  it('leaves revenue null with a reason when no deal was won, and lists goals it cannot check', () => {
    const quiet = buildLeakReport({
      funnel: { ...funnel, by: null, groups: [], total: group(null, [['mql', 'sql', 10, 5]]) },
      targets: [...targets, { from: 'sql', to: 'opportunity', targetPct: 50, basis: 'agreement' }],
      averageDealCents: null,
      sla: { clocks: 0, onTime: 0 },
      responseCompliancePct: 95,
    })
    expect(quiet.leaks).toEqual([
      expect.objectContaining({
        missing: 4,
        revenueLostCents: null,
        reason: 'the funnel does not follow sql to won',
      }),
    ])
    expect(quiet.unchecked).toEqual([
      { goal: 'inquiry->mql 10%', reason: 'the funnel does not report this pair' },
      { goal: 'sql->opportunity 50%', reason: 'the funnel does not report this pair' },
    ])
  })
})
