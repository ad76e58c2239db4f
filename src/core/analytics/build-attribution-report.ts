import { rateOf, type Rate } from './rate.ts'

export const attributionModels = ['firstTouch', 'lastTouch', 'linear', 'wShaped'] as const
export type AttributionModel = (typeof attributionModels)[number]

/**
 * W-shaped credit: 30% to the first touch, 30% to the touch that made the lead (the last one at or
 * before its first MQL entry), 30% to the last touch before the opportunity opened, and 10% shared
 * by the touches in between. Milestones that fall on one touch add up; with no touch in between,
 * the milestones' 90% is scaled to 100%.
 */
export const wShapeWeights = { first: 0.3, lead: 0.3, opportunity: 0.3, between: 0.1 } as const

/** Origins that are not marketing: a touch or opportunity from them is never marketing's. */
export const nonMarketingOrigins = ['sales', 'sdr', 'partner'] as const

/** Credit one channel earns under each model, in cents of opportunity amount. */
export type ChannelCredit = {
  readonly channel: string
  readonly pipelineCents: Readonly<Record<AttributionModel, number>>
  readonly revenueCents: Readonly<Record<AttributionModel, number>>
}

/** Deals in one half of the report (opened in the period, or won in it) by marketing's part. */
export type ReachFact = {
  readonly opportunities: number
  readonly amountCents: number
  readonly sourcedOpportunities: number
  readonly sourcedCents: number
  readonly influencedOpportunities: number
  readonly influencedCents: number
}

export type AttributionFacts = {
  readonly pipeline: ReachFact
  readonly revenue: ReachFact
  readonly channels: readonly ChannelCredit[]
}

export type Reach = ReachFact & {
  readonly sourcedShare: Rate
  readonly influencedShare: Rate
  /** Amount no marketing touch reached, so no model credits it to a channel. */
  readonly untouchedCents: number
}

export type AttributionRow = {
  readonly channel: string
  readonly pipelineCents: number
  readonly pipelineShare: Rate
  readonly revenueCents: number
  readonly revenueShare: Rate
}

export type AttributionReport = {
  readonly from: Date
  readonly to: Date
  readonly weights: typeof wShapeWeights
  readonly pipeline: Reach
  readonly revenue: Reach
  readonly models: Readonly<Record<AttributionModel, readonly AttributionRow[]>>
}

function reachOf(fact: ReachFact, what: string): Reach {
  const empty = `no opportunity was ${what} in the period`
  return {
    ...fact,
    sourcedShare: rateOf(fact.sourcedCents, fact.amountCents, empty),
    influencedShare: rateOf(fact.influencedCents, fact.amountCents, empty),
    untouchedCents: fact.amountCents - fact.influencedCents,
  }
}

function rowsOf(facts: AttributionFacts, model: AttributionModel): AttributionRow[] {
  const credited = (key: 'pipelineCents' | 'revenueCents') =>
    facts.channels.reduce((sum, c) => sum + c[key][model], 0)
  const pipeline = credited('pipelineCents')
  const revenue = credited('revenueCents')
  return facts.channels
    .map((c) => ({
      channel: c.channel,
      pipelineCents: Math.round(c.pipelineCents[model]),
      pipelineShare: rateOf(c.pipelineCents[model], pipeline, 'no pipeline was credited'),
      revenueCents: Math.round(c.revenueCents[model]),
      revenueShare: rateOf(c.revenueCents[model], revenue, 'no revenue was credited'),
    }))
    .filter((row) => row.pipelineCents > 0 || row.revenueCents > 0)
    .sort(
      (a, b) =>
        b.pipelineCents - a.pipelineCents ||
        b.revenueCents - a.revenueCents ||
        a.channel.localeCompare(b.channel),
    )
}

/**
 * Marketing's part in a period's pipeline (deals opened in it) and revenue (deals won in it):
 * sourced (the deal's original source is marketing) and influenced (a marketing touch reached its
 * people before it opened), and the credit each channel earns under first-touch, last-touch, linear
 * and W-shaped models; shares of credit are in 0..1, null with a reason when nothing was credited.
 */
export function buildAttributionReport(
  facts: AttributionFacts,
  period: { readonly from: Date; readonly to: Date },
): AttributionReport {
  return {
    ...period,
    weights: wShapeWeights,
    pipeline: reachOf(facts.pipeline, 'opened'),
    revenue: reachOf(facts.revenue, 'won'),
    models: {
      firstTouch: rowsOf(facts, 'firstTouch'),
      lastTouch: rowsOf(facts, 'lastTouch'),
      linear: rowsOf(facts, 'linear'),
      wShaped: rowsOf(facts, 'wShaped'),
    },
  }
}
