import type { UseCaseContext } from '../app/context.ts'
import { attributionReport } from '../app/reports/attribution-report.ts'
import { customerReport } from '../app/reports/customer-report.ts'
import { leakReport } from '../app/reports/leak-report.ts'
import { listMarketSizes, setMarketSize } from '../app/reports/market-sizes.ts'
import { slaReport } from '../app/reports/sla-report.ts'
import { segmentReport } from '../app/reports/segment-report.ts'
import { activityReport } from '../app/reports/activity-report.ts'
import { digestReport } from '../app/reports/digest-report.ts'
import { addSegment, listSegments, segmentMembers } from '../app/segments/segments.ts'
import type { AnalyticsBackend } from '../cli/analytics-backend.ts'

/** The analytics commands run directly on an open database. */
export function localAnalytics(ctx: UseCaseContext): AnalyticsBackend {
  return {
    customerReport: (request) => customerReport(ctx, request),
    setMarketSize: (input) => setMarketSize(ctx, input),
    listMarketSizes: () => listMarketSizes(ctx),
    leakReport: (request) => leakReport(ctx, request),
    attributionReport: ({ from, to }) => attributionReport(ctx, { from, to }),
    slaReport: (request) => slaReport(ctx, request),
    segmentReport: (request) => segmentReport(ctx, request),
    activityReport: ({ from, to }) => activityReport(ctx, { from, to }),
    digestReport: (request) => digestReport(ctx, request),
    addSegment: (input) => addSegment(ctx, input),
    listSegments: () => listSegments(ctx),
    segmentMembers: (idOrName, page) => segmentMembers(ctx, idOrName, page),
  }
}
