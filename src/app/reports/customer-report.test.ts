import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestOpportunities } from '../intake/ingest-opportunity.ts'
import { customerReport } from './customer-report.ts'
import { listMarketSizes, setMarketSize } from './market-sizes.ts'

const deal = (
  id: string,
  account: string,
  status: 'won' | 'lost' | 'open',
  cents: number,
  closed: string | null,
  dealType?: string,
) => ({
  externalId: id,
  name: null,
  accountName: account,
  personExternalId: null,
  stage: status === 'open' ? 'Engaging' : status,
  status,
  amountCents: cents,
  currency: 'USD',
  openedAt: new Date('2023-05-01T00:00:00Z'),
  closedAt: closed === null ? null : new Date(`${closed}T00:00:00Z`),
  product: id === 'W3' ? 'GTX Pro' : 'MG Special',
  properties: (dealType === undefined ? {} : { dealType }) as Record<string, string>,
})

// By hand, for Q1 2024 (91 days): Acme won 1,000.00 in June 2023 (its first win: new business, before
// the period), 500.00 in February (expansion) and a 200.00 renewal in March; Globex's first win,
// 3,000.00 in January, is new business; Initech's win falls after the period; Hooli is still open.
// Customers by April: Acme (1,700.00 to date) and Globex (3,000.00): lifetime value 2,350.00 on
// average and at the median; revenue in Q1 3,700.00 of which 700.00 from existing customers; with a
// 37,000.00 market for 2024-Q1 the share is 10%.
const deals = [
  deal('W1', 'Acme', 'won', 100_000, '2023-06-01'),
  deal('W2', 'Acme', 'won', 50_000, '2024-02-01'),
  deal('R1', 'Acme', 'won', 20_000, '2024-03-01', 'Renewal'),
  deal('W3', 'Globex', 'won', 300_000, '2024-01-15'),
  deal('L1', 'Globex', 'lost', 80_000, '2024-02-10'),
  deal('W5', 'Initech', 'won', 999_900, '2024-05-01'),
  deal('O1', 'Hooli', 'open', 70_000, null),
]

describeEachBackend('customer report and market sizes', (db) => {
  async function seeded(): Promise<UseCaseContext> {
    const ctx = {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'test',
      role: 'admin' as const,
    }
    const outcomes = await ingestOpportunities(ctx, deals)
    expect(outcomes.map((o) => o.kind)).toEqual(deals.map(() => 'created'))
    return ctx
  }

  it('computes lifetime value, new vs expansion and renewal revenue, and market share', async () => {
    const ctx = await seeded()
    expect(await setMarketSize(ctx, { period: '2024-Q1', amountCents: 3_700_000 })).toMatchObject({
      outcome: 'created',
      size: { periodStart: '2024-01-01', periodEnd: '2024-03-31' },
    })
    const report = await customerReport(ctx, { from: '2024-01-01', to: '2024-04-01' })
    expect(report.total).toEqual({
      group: null,
      customers: 2,
      newCustomers: 1,
      lifetimeValue: { averageCents: 235_000, medianCents: 235_000 },
      revenue: {
        wonDeals: 3,
        newCents: 300_000,
        expansionCents: 50_000,
        renewalCents: 20_000,
        totalCents: 370_000,
        existingShare: { value: 70_000 / 370_000 },
      },
    })
    expect(report.market).toEqual({
      marketCents: 3_700_000,
      coveredDays: 91,
      periodDays: 91,
      share: { value: 0.1 },
    })
  })

  it('splits by cohort: the month of each customer first win', async () => {
    const report = await customerReport(await seeded(), {
      from: '2024-01-01',
      to: '2024-04-01',
      by: 'cohort',
    })
    expect(report.groups.map((g) => [g.group, g.customers, g.revenue.totalCents])).toEqual([
      ['2024-01', 1, 300_000],
      ['2023-06', 1, 70_000],
    ])
  })

  it('gives null with a reason for an empty period and a market not recorded for all of it', async () => {
    const ctx = await seeded()
    const empty = await customerReport(ctx, { from: '1990-01-01', to: '1990-02-01' })
    expect(empty.total.lifetimeValue).toEqual({
      averageCents: null,
      medianCents: null,
      reason: 'no customer has a won deal by the end of the period',
    })
    expect(empty.total.revenue.existingShare).toEqual({
      value: null,
      reason: 'no revenue was won in the period',
    })
    expect(empty.market.share.reason).toMatch(/no market size is recorded/)
    await setMarketSize(ctx, { period: '2024-Q1', amountCents: 3_700_000 })
    const half = await customerReport(ctx, { from: '2024-01-01', to: '2024-07-01' })
    expect(half.market.share).toEqual({
      value: null,
      reason: "market size is recorded for 91 of the period's 182 days",
    })
  })

  it('replaces a period recorded again and refuses overlaps and bad input', async () => {
    const ctx = await seeded()
    await setMarketSize(ctx, { period: '2024-Q1', amountCents: 100 })
    const again = await setMarketSize(ctx, { period: '2024-q1', amountCents: 200, note: 'IDC' })
    expect(again.outcome).toBe('updated')
    expect(
      (await setMarketSize(ctx, { period: '2024-Q1', amountCents: 200, note: 'IDC' })).outcome,
    ).toBe('unchanged')
    expect(await codeOf(setMarketSize(ctx, { period: '2024', amountCents: 1 }))).toBe(
      'request.invalid',
    )
    expect(await codeOf(setMarketSize(ctx, { period: '2024-13', amountCents: 1 }))).toBe(
      'request.invalid',
    )
    expect(await codeOf(setMarketSize(ctx, { period: '2024-Q2', amountCents: -1 }))).toBe(
      'request.invalid',
    )
    expect(await listMarketSizes(ctx)).toEqual([
      {
        periodStart: '2024-01-01',
        periodEnd: '2024-03-31',
        amountCents: 200,
        currency: 'USD',
        note: 'IDC',
      },
    ])
  })
})
