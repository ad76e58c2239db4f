import { classifyPareto, paretoClasses, type ParetoClass } from './classify-pareto.ts'
import { rateOf, type Rate } from './rate.ts'
import { scoreRfm } from './score-rfm.ts'

/** A customer (account, else the deal's person) with its won deals up to the period's end. */
export type CustomerRevenueFact = {
  readonly key: string
  readonly name: string | null
  readonly periodCents: number
  readonly periodDeals: number
  readonly wonCents: number
  readonly wonDeals: number
  readonly lastWonAt: Date
}

export type LostDealFact = {
  readonly id: string
  readonly name: string
  readonly customer: string | null
  readonly amountCents: number
  readonly closedAt: Date
  readonly reason: string | null
  readonly owner: string | null
}

/** An ideal customer profile's reach: accounts that fit it, and how many of them are customers. */
export type IcpFact = {
  readonly product: string
  readonly accounts: number
  readonly customers: number
}

export type SegmentFacts = {
  readonly customers: readonly CustomerRevenueFact[]
  /** Deals lost in the period: the largest first (up to the asked limit), with the count and sum of all. */
  readonly lost: {
    readonly deals: readonly LostDealFact[]
    readonly count: number
    readonly amountCents: number
  }
  /** People (merged ones aside): engaged within the window before the period's end, or never. */
  readonly engagement: {
    readonly people: number
    readonly active: number
    readonly neverEngaged: number
  }
  readonly accounts: number
  /** Profiles of the agreement in force that set account criteria; null without an agreement. */
  readonly icp: readonly IcpFact[] | null
}

export type SegmentCustomer = {
  readonly key: string
  readonly name: string | null
  readonly class: ParetoClass
  readonly periodCents: number
  readonly recencyDays: number
  readonly wonDeals: number
  readonly wonCents: number
  readonly r: number
  readonly f: number
  readonly m: number
  readonly rfm: string
}

export type SegmentReport = {
  readonly from: Date
  readonly to: Date
  readonly inactiveAfterDays: number
  readonly universe: {
    readonly people: number
    readonly accounts: number
    readonly customers: number
  }
  readonly pareto: {
    readonly revenueCents: number
    readonly classes: readonly {
      readonly class: ParetoClass
      readonly customers: number
      readonly revenueCents: number
      readonly share: Rate
    }[]
  }
  /** The customers with the most revenue in the period (then lifetime), up to the asked limit. */
  readonly customers: readonly SegmentCustomer[]
  /** How many customers got each score, 1 to 5. */
  readonly rfm: {
    readonly r: readonly number[]
    readonly f: readonly number[]
    readonly m: readonly number[]
  }
  readonly activity: {
    readonly people: number
    readonly active: number
    readonly inactive: number
    readonly neverEngaged: number
    readonly activeShare: Rate
  }
  readonly lost: SegmentFacts['lost']
  readonly icp: {
    readonly profiles: readonly {
      readonly product: string
      readonly accounts: number
      readonly accountShare: Rate
      readonly customers: number
      readonly customerShare: Rate
    }[]
    readonly reason?: string
  }
}

const dayMs = 86_400_000
const histogram = (scores: readonly number[]) =>
  [1, 2, 3, 4, 5].map((score) => scores.filter((s) => s === score).length)

function icpOf(facts: SegmentFacts, customers: number): SegmentReport['icp'] {
  if (facts.icp === null) return { profiles: [], reason: 'no agreement is in force' }
  if (facts.icp.length === 0) {
    return {
      profiles: [],
      reason: 'the agreement in force sets no account criteria in its ideal customer profiles',
    }
  }
  return {
    profiles: facts.icp.map((p) => ({
      ...p,
      accountShare: rateOf(p.accounts, facts.accounts, 'there are no accounts'),
      customerShare: rateOf(p.customers, customers, 'there are no customers yet'),
    })),
  }
}

/**
 * Customer segmentation for a period: Pareto A/B/C/D by the period's won revenue, RFM quintile
 * scores, people active vs inactive (no engagement within the window), lost deals, the universe
 * and its coverage by the agreement's ideal customer profiles.
 */
export function buildSegmentReport(
  facts: SegmentFacts,
  period: { readonly from: Date; readonly to: Date },
  options: { readonly inactiveAfterDays: number; readonly limit: number },
): SegmentReport {
  const classes = classifyPareto(facts.customers)
  const recency = facts.customers.map((c) =>
    Math.floor((period.to.getTime() - c.lastWonAt.getTime()) / dayMs),
  )
  const scores = scoreRfm(facts.customers.map((c, i) => ({ ...c, recencyDays: recency[i] ?? 0 })))
  const revenueCents = facts.customers.reduce((sum, c) => sum + c.periodCents, 0)
  const customers = facts.customers.map((c, i): SegmentCustomer => {
    const score = scores[i] ?? { r: 1, f: 1, m: 1, code: '111' }
    return {
      key: c.key,
      name: c.name,
      class: classes.get(c.key) ?? 'D',
      periodCents: c.periodCents,
      recencyDays: recency[i] ?? 0,
      wonDeals: c.wonDeals,
      wonCents: c.wonCents,
      r: score.r,
      f: score.f,
      m: score.m,
      rfm: score.code,
    }
  })
  const { people, active, neverEngaged } = facts.engagement
  return {
    ...period,
    inactiveAfterDays: options.inactiveAfterDays,
    universe: { people, accounts: facts.accounts, customers: customers.length },
    pareto: {
      revenueCents,
      classes: paretoClasses.map((cls) => {
        const mine = customers.filter((c) => c.class === cls)
        const cents = mine.reduce((sum, c) => sum + c.periodCents, 0)
        return {
          class: cls,
          customers: mine.length,
          revenueCents: cents,
          share: rateOf(cents, revenueCents, 'no revenue was won in the period'),
        }
      }),
    },
    customers: [...customers]
      .sort(
        (a, b) =>
          b.periodCents - a.periodCents || b.wonCents - a.wonCents || a.key.localeCompare(b.key),
      )
      .slice(0, options.limit),
    rfm: {
      r: histogram(scores.map((s) => s.r)),
      f: histogram(scores.map((s) => s.f)),
      m: histogram(scores.map((s) => s.m)),
    },
    activity: {
      people,
      active,
      inactive: people - active,
      neverEngaged,
      activeShare: rateOf(active, people, 'there are no people'),
    },
    lost: facts.lost,
    icp: icpOf(facts, customers.length),
  }
}
