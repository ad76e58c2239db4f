/** Per channel: spend falling in the period and what the funnel produced from leads of that source. */
export type CostFact = {
  readonly channel: string | null
  readonly spendCents: number
  readonly inquiries: number
  readonly mqls: number
  readonly opportunities: number
  readonly customers: number
}

export type UnitCost = { readonly cents: number | null; readonly reason?: string }

export type CostRow = CostFact & {
  readonly perInquiry: UnitCost
  readonly perMql: UnitCost
  readonly perOpportunity: UnitCost
  readonly perCustomer: UnitCost
}

export type CostReport = {
  readonly from: Date
  readonly to: Date
  /** The spend channel counted as sales cost: added in per customer, left out of marketing costs. */
  readonly salesChannel: string
  readonly marketingSpendCents: number
  readonly salesSpendCents: number
  readonly total: CostRow
  readonly byChannel: readonly CostRow[]
}

function unit(spendCents: number, count: number, what: string): UnitCost {
  if (count === 0) return { cents: null, reason: `no ${what} in the period` }
  return { cents: Math.round(spendCents / count) }
}

function rowOf(fact: CostFact, customerSpendCents: number): CostRow {
  return {
    ...fact,
    perInquiry: unit(fact.spendCents, fact.inquiries, 'inquiries'),
    perMql: unit(fact.spendCents, fact.mqls, 'MQLs'),
    perOpportunity: unit(fact.spendCents, fact.opportunities, 'opportunities'),
    perCustomer: unit(customerSpendCents, fact.customers, 'new customers'),
  }
}

/**
 * What the funnel costs, by channel: spend over inquiries, MQLs and opportunities from leads of that
 * source, and (sales + marketing spend) over new customers for the whole; a unit with nothing to
 * divide by is null with the reason. Spend on `salesChannel` is sales cost, not a marketing channel.
 */
export function buildCostReport(
  facts: readonly CostFact[],
  period: { readonly from: Date; readonly to: Date },
  salesChannel: string,
): CostReport {
  const sales = facts.filter((f) => f.channel === salesChannel)
  const marketing = facts.filter((f) => f.channel !== salesChannel)
  const salesSpendCents = sales.reduce((sum, f) => sum + f.spendCents, 0)
  const sum = (key: Exclude<keyof CostFact, 'channel'>) =>
    facts.reduce((total, f) => total + f[key], 0)
  const marketingSpendCents = marketing.reduce((total, f) => total + f.spendCents, 0)
  const whole: CostFact = {
    channel: null,
    spendCents: marketingSpendCents,
    inquiries: sum('inquiries'),
    mqls: sum('mqls'),
    opportunities: sum('opportunities'),
    customers: sum('customers'),
  }
  return {
    ...period,
    salesChannel,
    marketingSpendCents,
    salesSpendCents,
    total: rowOf(whole, marketingSpendCents + salesSpendCents),
    byChannel: marketing
      .map((fact) => rowOf(fact, fact.spendCents))
      .sort(
        (a, b) => b.spendCents - a.spendCents || String(a.channel).localeCompare(String(b.channel)),
      ),
  }
}
