import { rateOf, type Rate } from './rate.ts'

/**
 * Per group, as the store aggregates won deals up to the period's end. A customer is an account (or,
 * without one, the deal's person) with a won deal; its lifetime value is all its won revenue so far.
 */
export type CustomerFact = {
  readonly group: string | null
  readonly customers: number
  /** Customers whose first won deal closed in the period. */
  readonly newCustomers: number
  readonly lifetimeCents: number
  readonly lifetimeMedianCents: number | null
  /** Won in the period, by kind: a customer's first win is new business, later ones expansion. */
  readonly wonDeals: number
  readonly newCents: number
  readonly expansionCents: number
  readonly renewalCents: number
}

/** The market's total sales recorded for days of the period, prorated like spend. */
export type MarketFact = {
  readonly marketCents: number
  readonly coveredDays: number
  readonly periodDays: number
}

export type CustomerGroup = {
  readonly group: string | null
  readonly customers: number
  readonly newCustomers: number
  readonly lifetimeValue: {
    readonly averageCents: number | null
    readonly medianCents: number | null
    readonly reason?: string
  }
  readonly revenue: {
    readonly wonDeals: number
    readonly newCents: number
    readonly expansionCents: number
    readonly renewalCents: number
    readonly totalCents: number
    /** Expansion and renewal revenue as a share of all revenue won in the period. */
    readonly existingShare: Rate
  }
}

export type MarketShare = {
  readonly marketCents: number | null
  readonly coveredDays: number
  readonly periodDays: number
  readonly share: Rate
}

export type CustomerReport = {
  readonly from: Date
  readonly to: Date
  readonly by: string | null
  readonly total: CustomerGroup
  readonly groups: readonly CustomerGroup[]
  readonly market: MarketShare
}

const noCustomer = 'no customer has a won deal by the end of the period'

function groupOf(fact: CustomerFact | undefined, group: string | null): CustomerGroup {
  const f = fact ?? {
    customers: 0,
    newCustomers: 0,
    lifetimeCents: 0,
    lifetimeMedianCents: null,
    wonDeals: 0,
    newCents: 0,
    expansionCents: 0,
    renewalCents: 0,
  }
  const totalCents = f.newCents + f.expansionCents + f.renewalCents
  return {
    group,
    customers: f.customers,
    newCustomers: f.newCustomers,
    lifetimeValue:
      f.customers === 0
        ? { averageCents: null, medianCents: null, reason: noCustomer }
        : {
            averageCents: Math.round(f.lifetimeCents / f.customers),
            medianCents: f.lifetimeMedianCents === null ? null : Math.round(f.lifetimeMedianCents),
          },
    revenue: {
      wonDeals: f.wonDeals,
      newCents: f.newCents,
      expansionCents: f.expansionCents,
      renewalCents: f.renewalCents,
      totalCents,
      existingShare: rateOf(
        f.expansionCents + f.renewalCents,
        totalCents,
        'no revenue was won in the period',
      ),
    },
  }
}

function shareOf(market: MarketFact, wonCents: number): MarketShare {
  const base = { coveredDays: market.coveredDays, periodDays: market.periodDays }
  if (market.coveredDays === 0) {
    const reason = 'no market size is recorded for the period (baton market set)'
    return { ...base, marketCents: null, share: { value: null, reason } }
  }
  if (market.coveredDays < market.periodDays) {
    const reason = `market size is recorded for ${market.coveredDays} of the period's ${market.periodDays} days`
    return { ...base, marketCents: market.marketCents, share: { value: null, reason } }
  }
  const share = rateOf(wonCents, market.marketCents, 'the recorded market size is zero')
  return { ...base, marketCents: market.marketCents, share }
}

/**
 * Customers for a period: lifetime value (won revenue to date per customer), new vs expansion and
 * renewal revenue won in the period, and market share (won revenue over the market's recorded
 * sales) when the market is recorded for every day of the period. The whole is under `totalKey`.
 */
export function buildCustomerReport(
  facts: { readonly groups: readonly CustomerFact[]; readonly market: MarketFact },
  period: { readonly from: Date; readonly to: Date; readonly by: string | null },
  totalKey: string,
): CustomerReport {
  const total = groupOf(
    facts.groups.find((f) => f.group === totalKey),
    null,
  )
  const groups = facts.groups
    .filter((f) => f.group !== totalKey)
    .map((f) => groupOf(f, f.group))
    .sort(
      (a, b) =>
        b.revenue.totalCents - a.revenue.totalCents ||
        b.customers - a.customers ||
        String(a.group).localeCompare(String(b.group)),
    )
  return {
    ...period,
    total,
    groups: period.by === null ? [] : groups,
    market: shareOf(facts.market, total.revenue.totalCents),
  }
}
