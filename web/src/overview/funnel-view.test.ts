import { describe, expect, it } from 'vitest'
import type { FunnelReport } from '../api/api-types.ts'
import { leadPathOf, stageWord, toFunnelView, type FunnelStep } from './funnel-view.ts'

const pairs = [
  ['inquiry', 'mql'],
  ['mql', 'sal'],
  ['sal', 'sql'],
  ['sql', 'opportunity'],
  ['opportunity', 'won'],
  ['mql', 'sql'],
  ['sql', 'won'],
  ['mql', 'won'],
  ['inquiry', 'won'],
] as const

// A report as the API sends it: entries per stage, and cohort conversions for every pair.
function report(
  entered: Record<string, number>,
  reached: Record<string, number> = {},
): FunnelReport {
  const group = {
    group: null,
    entered: Object.entries(entered).map(([stage, subjects]) => ({ stage, subjects })),
    conversions: pairs.map(([from, to]) => {
      const cohort = entered[from] ?? 0
      const n = reached[`${from}-${to}`] ?? 0
      return cohort === 0
        ? {
            from,
            to,
            cohort,
            reached: 0,
            rate: { value: null, reason: `nobody entered ${from} in the period` },
          }
        : { from, to, cohort, reached: n, rate: { value: n / cohort } }
    }),
  }
  return {
    from: '2018-01-01T00:00:00.000Z',
    to: '2018-04-01T00:00:00.000Z',
    by: null,
    total: group,
    groups: [],
  }
}

describe('the funnel chart view', () => {
  it('reads the lead path in the order of the report’s step conversions', () => {
    expect(leadPathOf(report({}).total)).toEqual([
      'inquiry',
      'mql',
      'sal',
      'sql',
      'opportunity',
      'won',
    ])
  })

  it.each<{
    rule: string
    entered: Record<string, number>
    reached: Record<string, number>
    stages: [string, number][]
    steps: FunnelStep[]
  }>([
    {
      rule: 'Olist: MQLs straight to won, converting 10.5% as the whole data set does',
      entered: { mql: 8000, won: 842 },
      reached: { 'mql-won': 842 },
      stages: [
        ['mql', 8000],
        ['won', 842],
      ],
      steps: [{ from: 'mql', to: 'won', rate: 0.10525, cohort: 8000, reached: 842 }],
    },
    {
      rule: 'a stage nobody entered is left out and the conversion spans the gap when reported',
      entered: { inquiry: 100, mql: 40, sql: 20 },
      reached: { 'inquiry-mql': 40 },
      stages: [
        ['inquiry', 100],
        ['mql', 40],
        ['sql', 20],
      ],
      steps: [
        { from: 'inquiry', to: 'mql', rate: 0.4, cohort: 100, reached: 40 },
        { from: 'mql', to: 'sql', rate: 0, cohort: 40, reached: 0 },
      ],
    },
  ])('$rule', ({ entered, reached, stages, steps }) => {
    const view = toFunnelView(report(entered, reached), undefined)
    expect(view.stages.map((s) => [s.stage, s.count])).toEqual(stages)
    expect(view.stages.every((s) => s.previousCount === null && s.change === null)).toBe(true)
    expect(view.steps).toEqual(steps)
  })

  it('says a conversion is not reported when the report has no such pair', () => {
    const view = toFunnelView(report({ sal: 10, won: 2 }), undefined)
    expect(view.steps).toEqual([
      { from: 'sal', to: 'won', rate: null, cohort: 0, reached: 0, reason: 'not reported' },
    ])
  })

  it('compares each stage with the previous period, and has no trend where it had none', () => {
    const view = toFunnelView(report({ mql: 150, won: 10 }), report({ mql: 100 }))
    expect(view.stages.map((s) => [s.stage, s.previousCount, s.change])).toEqual([
      ['mql', 100, 0.5],
      ['won', 0, null],
    ])
  })

  it('names stages as the agreement does, else as a word', () => {
    const view = toFunnelView(
      report({ mql: 5, won: 1 }),
      undefined,
      new Map([['mql', 'Conversation Lead']]),
    )
    expect(view.stages.map((s) => s.label)).toEqual(['Conversation Lead', 'Won'])
    expect(['sql', 'won', 'opportunity'].map(stageWord)).toEqual(['SQL', 'Won', 'Opportunity'])
  })
})
