import type { MarketSizeInput } from '../app/reports/market-sizes.ts'
import type { MarketSize } from '../app/reports/report-ports.ts'
import type { PeriodRequest } from '../app/reports/report-period.ts'
import type { SegmentMember } from '../app/segments/segment-ports.ts'
import type { CountedSegment, SegmentInput } from '../app/segments/segments.ts'
import type { Page, PageRequest } from '../core/shared/index.ts'
import type {
  ActivityReport,
  AttributionReport,
  CustomerReport,
  Digest,
  LeakReport,
  SegmentReport,
  SlaReport,
} from '../core/analytics/index.ts'

/** What the customer, attribution, leak, segment and activity commands ask of Baton. */
export interface AnalyticsBackend {
  customerReport(request: PeriodRequest): Promise<CustomerReport>
  setMarketSize(
    input: MarketSizeInput,
  ): Promise<{ readonly outcome: 'created' | 'updated' | 'unchanged'; readonly size: MarketSize }>
  listMarketSizes(): Promise<readonly MarketSize[]>
  attributionReport(request: PeriodRequest): Promise<AttributionReport>
  leakReport(request: PeriodRequest): Promise<LeakReport>
  slaReport(request: PeriodRequest): Promise<SlaReport>
  segmentReport(
    request: Omit<PeriodRequest, 'by'> & {
      readonly inactiveAfterDays?: number | undefined
      readonly limit?: number | undefined
    },
  ): Promise<SegmentReport>
  activityReport(request: Omit<PeriodRequest, 'by'>): Promise<ActivityReport>
  digestReport(request: { readonly to?: string | undefined }): Promise<Digest>
  addSegment(input: SegmentInput): Promise<CountedSegment>
  listSegments(): Promise<readonly CountedSegment[]>
  /** A segment (by id or name) and one page of who matches it now. */
  segmentMembers(
    idOrName: string,
    page: PageRequest,
  ): Promise<{ readonly segment: CountedSegment } & Page<SegmentMember>>
}
