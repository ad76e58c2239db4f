import { describe, expect, it } from 'vitest'
import { buildSegmentReport, type SegmentFacts } from './build-segment-report.ts'
import { classifyPareto } from './classify-pareto.ts'
import { quintiles } from './score-rfm.ts'

const period = { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2024-04-01T00:00:00Z') }
const customer = (
  key: string,
  periodCents: number,
  won: { cents: number; deals: number; last: string },
) => ({
  key,
  name: key,
  periodCents,
  periodDeals: periodCents > 0 ? 1 : 0,
  wonCents: won.cents,
  wonDeals: won.deals,
  lastWonAt: new Date(`${won.last}T00:00:00Z`),
})

// By hand, Q1 2024 revenue 1,000.00: Acme 700.00 (before it 0%: A), Globex 150.00 (70%: A),
// Initech 100.00 (85%: B), Hooli 50.00 (95%: C); Umbrella bought only in 2023 (D).
// Days since the last win at 1 April: Acme 12, Globex 51, Initech 87, Hooli 2, Umbrella 305.
const facts: SegmentFacts = {
  customers: [
    customer('Acme', 70_000, { cents: 100_000, deals: 3, last: '2024-03-20' }),
    customer('Globex', 15_000, { cents: 15_000, deals: 1, last: '2024-02-10' }),
    customer('Initech', 10_000, { cents: 10_000, deals: 1, last: '2024-01-05' }),
    customer('Hooli', 5_000, { cents: 5_000, deals: 1, last: '2024-03-30' }),
    customer('Umbrella', 0, { cents: 50_000, deals: 2, last: '2023-06-01' }),
  ],
  lost: { deals: [], count: 0, amountCents: 0 },
  engagement: { people: 10, active: 4, neverEngaged: 3 },
  accounts: 12,
  icp: [{ product: 'Platform', accounts: 3, customers: 2 }],
}

describe('buildSegmentReport', () => {
  const report = buildSegmentReport(facts, period, { inactiveAfterDays: 180, limit: 3 })

  it('classes customers A/B/C/D by their share of the period revenue', () => {
    expect(report.pareto).toEqual({
      revenueCents: 100_000,
      classes: [
        { class: 'A', customers: 2, revenueCents: 85_000, share: { value: 0.85 } },
        { class: 'B', customers: 1, revenueCents: 10_000, share: { value: 0.1 } },
        { class: 'C', customers: 1, revenueCents: 5_000, share: { value: 0.05 } },
        { class: 'D', customers: 1, revenueCents: 0, share: { value: 0 } },
      ],
    })
  })

  it('scores recency, frequency and monetary in quintiles, listing the top customers', () => {
    expect(report.customers.map((c) => [c.key, c.class, c.recencyDays, c.rfm])).toEqual([
      ['Acme', 'A', 12, '455'],
      ['Globex', 'A', 51, '333'],
      ['Initech', 'B', 87, '232'],
    ])
    expect(report.rfm).toEqual({ r: [1, 1, 1, 1, 1], f: [0, 0, 3, 1, 1], m: [1, 1, 1, 1, 1] })
  })

  it('counts active and inactive people, the universe and its fit with the ideal customer profile', () => {
    expect(report.activity).toEqual({
      people: 10,
      active: 4,
      inactive: 6,
      neverEngaged: 3,
      activeShare: { value: 0.4 },
    })
    expect(report.universe).toEqual({ people: 10, accounts: 12, customers: 5 })
    expect(report.icp).toEqual({
      profiles: [
        {
          product: 'Platform',
          accounts: 3,
          accountShare: { value: 0.25 },
          customers: 2,
          customerShare: { value: 0.4 },
        },
      ],
    })
  })

  it('gives null with a reason for an empty workspace and says why ICP coverage is missing', () => {
    const empty = buildSegmentReport(
      {
        customers: [],
        lost: { deals: [], count: 0, amountCents: 0 },
        engagement: { people: 0, active: 0, neverEngaged: 0 },
        accounts: 0,
        icp: null,
      },
      period,
      { inactiveAfterDays: 90, limit: 10 },
    )
    expect(empty.pareto.classes[0]?.share).toEqual({
      value: null,
      reason: 'no revenue was won in the period',
    })
    expect(empty.activity.activeShare).toEqual({ value: null, reason: 'there are no people' })
    expect(empty.icp).toEqual({ profiles: [], reason: 'no agreement is in force' })
    expect(empty.rfm.r).toEqual([0, 0, 0, 0, 0])
    const silent = buildSegmentReport({ ...facts, icp: [] }, period, {
      inactiveAfterDays: 90,
      limit: 1,
    })
    expect(silent.icp.reason).toMatch(/sets no account criteria/)
  })
})

describe('classifyPareto and quintiles', () => {
  it('puts the customer that crosses 80% in A, and ranks ties by key', () => {
    const classes = classifyPareto([
      { key: 'r', periodCents: 10 },
      { key: 'p', periodCents: 79 },
      { key: 'q', periodCents: 10 },
      { key: 's', periodCents: 1 },
      { key: 't', periodCents: 0 },
    ])
    // p (0% before it) A, q (79%) A, r (89%) B, s (99%) C, t nothing in the period: D.
    expect([...classes.entries()].sort()).toEqual([
      ['p', 'A'],
      ['q', 'A'],
      ['r', 'B'],
      ['s', 'C'],
      ['t', 'D'],
    ])
  })

  it('lets ties share the higher quintile and scores a lone value 5', () => {
    expect(quintiles([1, 1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    expect(quintiles([7])).toEqual([5])
    expect(quintiles([3, 3, 3])).toEqual([5, 5, 5])
  })
})
