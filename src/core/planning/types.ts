/** The stages a plan counts, from the top of the funnel to the win. */
export const planStages = ['inquiry', 'mql', 'sql', 'opportunity', 'won'] as const
export type PlanStage = (typeof planStages)[number]

/** Each step of the plan's funnel, named `<from>_to_<to>`: a conversion share and a lag in days. */
export const rateNames = [
  'inquiry_to_mql',
  'mql_to_sql',
  'sql_to_opportunity',
  'opportunity_to_won',
] as const
export type RateName = (typeof rateNames)[number]

/** Who creates a channel's demand (seed 002: marketing, SDR outbound, sales, partner). */
export const planSources = ['marketing', 'sdr', 'sales', 'partner'] as const
export type PlanSource = (typeof planSources)[number]

/** Where a rate came from: the plan file, history, or a what-if change. */
export type RateOrigin = 'assumption' | 'history' | 'what_if'

/** A resolved rate; history carries its sample (cohort entering `from`, of whom `reached` moved on). */
export type ResolvedRate = {
  readonly value: number
  readonly origin: RateOrigin
  readonly sample?: { readonly cohort: number; readonly reached: number }
}

/** A channel's rates as the plan uses them: conversions in 0..1, lags in calendar days. */
export type ChannelRates = {
  readonly conversion: Partial<Record<RateName, ResolvedRate>>
  readonly lagDays: Partial<Record<RateName, number>>
  readonly averageDealCents?: number
}

export type PlanChannel = {
  readonly name: string
  readonly source: PlanSource
  /** The first stage this channel's demand is created at (sales prospecting may start at sql). */
  readonly entryStage: PlanStage
  /** The lead source value this channel's people carry, to compare with actuals and cost. */
  readonly leadSource?: string
  readonly rates: ChannelRates
}

/** A day as YYYY-MM-DD; a period is inclusive of both days. */
export type PlanPeriod = { readonly start: string; readonly end: string }

/** A revenue target for a period and segment (e.g. new vs expansion, enterprise, region). */
export type PlanTarget = {
  readonly name: string
  readonly period: PlanPeriod
  readonly segment: Readonly<Record<string, string>>
  readonly revenueCents: number
  /** Share of the target per channel name; shares sum to 1. */
  readonly mix: Readonly<Record<string, number>>
}

export type StageCounts = Readonly<Record<PlanStage, number>>
