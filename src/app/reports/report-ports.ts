import type {
  ActivityCount,
  ActivityRep,
  AttributionFacts,
  ComplianceFact,
  CustomerFact,
  MarketFact,
  MarketPeriod,
  PipelineDimension,
  SegmentFacts,
  SlaFacts,
} from '../../core/analytics/index.ts'
import type { SegmentFilter } from '../../core/segments/index.ts'
import type { SegmentStore } from '../segments/segment-ports.ts'

export type CustomerQuery = {
  readonly from: Date
  readonly to: Date
  readonly by: PipelineDimension | null
}

export type AttributionQuery = {
  readonly from: Date
  readonly to: Date
  readonly weights: { first: number; lead: number; opportunity: number; between: number }
  /** Channels (lower-case) that are never marketing's: sales, sdr, partner. */
  readonly nonMarketingOrigins: readonly string[]
  /** Activity types reps log (the agreement's activity goals): never marketing touches. */
  readonly repActivityTypes: readonly string[]
}

export type ActivityFactsQuery = {
  readonly from: Date
  readonly to: Date
  /** The activity types the agreement sets goals for. */
  readonly types: readonly string[]
}

export type SegmentFactsQuery = {
  readonly from: Date
  readonly to: Date
  /** People with an activity from then until the period's end are active. */
  readonly activeSince: Date
  readonly lostLimit: number
  /** The agreement's profiles as account filters; null without an agreement in force. */
  readonly icp: readonly { readonly product: string; readonly filter: SegmentFilter }[] | null
}

/** Facts for the customer, attribution, leak, segment and activity reports, aggregated in SQL. */
export interface AnalyticsFactsStore {
  customerFacts(
    query: CustomerQuery,
  ): Promise<{ readonly groups: readonly CustomerFact[]; readonly market: MarketFact }>
  attributionFacts(query: AttributionQuery): Promise<AttributionFacts>
  /** First-response clocks started in the period, and those stopped by their due time. */
  responseCompliance(period: { readonly from: Date; readonly to: Date }): Promise<ComplianceFact>
  /** Clocks started in the period, with their owners' names and teams. */
  slaFacts(period: { readonly from: Date; readonly to: Date }): Promise<SlaFacts>
  /** Customers' won revenue, lost deals, engagement and ideal-customer fit for the segment report. */
  segmentFacts(query: SegmentFactsQuery): Promise<SegmentFacts>
  /** Active users, and goal-type activities in the period per rep (null: credited to nobody). */
  activityFacts(query: ActivityFactsQuery): Promise<{
    readonly reps: readonly ActivityRep[]
    readonly counts: readonly ActivityCount[]
  }>
}

/** A market's total sales for a period, as the user records it. */
export type MarketSize = MarketPeriod & {
  readonly amountCents: number
  readonly currency: string
  readonly note: string | null
}

/** Market sizes, one per period; recording a period again replaces its amount. */
export interface MarketSizeStore {
  /** Records that overlap this period (other than the period itself). */
  findOverlapping(period: MarketPeriod): Promise<readonly MarketSize[]>
  upsert(size: MarketSize): Promise<'created' | 'updated' | 'unchanged'>
  list(): Promise<readonly MarketSize[]>
}

export type AnalyticsStores = {
  readonly facts: AnalyticsFactsStore
  readonly marketSizes: MarketSizeStore
  readonly segments: SegmentStore
}
