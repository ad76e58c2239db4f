import { describe, expect, it } from 'vitest'
import { buildCustomerReport, type CustomerFact } from './build-customer-report.ts'

const period = { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2024-04-01T00:00:00Z') }
const fact = (group: string | null, overrides: Partial<CustomerFact> = {}): CustomerFact => ({
  group,
  customers: 1,
  newCustomers: 1,
  lifetimeCents: 1_000,
  lifetimeMedianCents: 1_000,
  wonDeals: 1,
  newCents: 1_000,
  expansionCents: 0,
  renewalCents: 0,
  ...overrides,
})
const market = (marketCents: number, coveredDays: number) => ({
  marketCents,
  coveredDays,
  periodDays: 91,
})

describe('buildCustomerReport', () => {
  it('averages lifetime value over customers and shares revenue by kind', () => {
    const report = buildCustomerReport(
      {
        groups: [
          fact('*', {
            customers: 3,
            lifetimeCents: 1_000,
            lifetimeMedianCents: 300.4,
            expansionCents: 3_000,
          }),
        ],
        market: market(40_000, 91),
      },
      { ...period, by: null },
      '*',
    )
    expect(report.total.lifetimeValue).toEqual({ averageCents: 333, medianCents: 300 })
    expect(report.total.revenue).toMatchObject({
      totalCents: 4_000,
      existingShare: { value: 0.75 },
    })
    expect(report.market.share).toEqual({ value: 0.1 })
    expect(report.groups).toEqual([])
  })

  it.each([
    ['no market recorded', market(0, 0), /no market size is recorded/],
    ['a market of zero', market(0, 91), /the recorded market size is zero/],
    ['part of the period', market(5_000, 30), /recorded for 30 of the period's 91 days/],
  ])('gives a null market share with a reason for %s', (_, marketFact, reason) => {
    const report = buildCustomerReport(
      { groups: [], market: marketFact },
      { ...period, by: null },
      '*',
    )
    expect(report.market.share.value).toBeNull()
    expect(report.market.share.reason).toMatch(reason)
    expect(report.total.customers).toBe(0)
    expect(report.total.lifetimeValue.averageCents).toBeNull()
  })

  it('orders groups by revenue, a one-customer group keeping its own numbers', () => {
    const report = buildCustomerReport(
      {
        groups: [
          fact('*', { customers: 2, newCents: 3_000 }),
          fact('A'),
          fact('B', { newCents: 2_000 }),
        ],
        market: market(0, 0),
      },
      { ...period, by: 'product' },
      '*',
    )
    expect(report.groups.map((g) => [g.group, g.revenue.totalCents])).toEqual([
      ['B', 2_000],
      ['A', 1_000],
    ])
    expect(report.groups[1]?.lifetimeValue).toEqual({ averageCents: 1_000, medianCents: 1_000 })
  })
})
