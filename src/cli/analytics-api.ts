import type { MarketSize } from '../app/reports/report-ports.ts'
import type {
  ActivityReport,
  AttributionReport,
  CustomerReport,
  Digest,
  LeakReport,
  SegmentReport,
  SlaReport,
} from '../core/analytics/index.ts'
import type { SegmentMember } from '../app/segments/segment-ports.ts'
import type { CountedSegment } from '../app/segments/segments.ts'
import type { Page } from '../core/shared/index.ts'
import type { AnalyticsBackend } from './analytics-backend.ts'

type Wire = Record<string, unknown>
type Call = (method: string, path: string, body?: unknown) => Promise<Wire>

const query = (params: Readonly<Record<string, string | number | undefined>>) =>
  new URLSearchParams(
    Object.entries(params).flatMap(([k, v]): [string, string][] =>
      v === undefined ? [] : [[k, String(v)]],
    ),
  ).toString()

/** The analytics commands over a running server's API (`call` sends one request). */
export function analyticsApi(call: Call): AnalyticsBackend {
  return {
    customerReport: async (request) =>
      (await call(
        'GET',
        `/v1/reports/customers?${query({ ...request })}`,
      )) as unknown as CustomerReport,
    setMarketSize: async ({ period, ...body }) =>
      (await call('PUT', `/v1/market-sizes/${encodeURIComponent(period)}`, body)) as unknown as {
        outcome: 'created' | 'updated' | 'unchanged'
        size: MarketSize
      },
    attributionReport: async ({ from, to }) =>
      (await call(
        'GET',
        `/v1/reports/attribution?${query({ from, to })}`,
      )) as unknown as AttributionReport,
    leakReport: async (request) =>
      (await call('GET', `/v1/reports/leaks?${query({ ...request })}`)) as unknown as LeakReport,
    listMarketSizes: async () => (await call('GET', '/v1/market-sizes'))['items'] as MarketSize[],
    segmentReport: async (request) =>
      (await call(
        'GET',
        `/v1/reports/segments?${query({ ...request })}`,
      )) as unknown as SegmentReport,
    activityReport: async ({ from, to }) =>
      (await call(
        'GET',
        `/v1/reports/activity?${query({ from, to })}`,
      )) as unknown as ActivityReport,
    digestReport: async ({ to }) =>
      (await call('GET', `/v1/reports/digest?${query({ to })}`)) as unknown as Digest,
    addSegment: async (input) =>
      (await call('POST', '/v1/segments', input)) as unknown as CountedSegment,
    listSegments: async () => (await call('GET', '/v1/segments'))['items'] as CountedSegment[],
    segmentMembers: async (idOrName, { limit, cursor }) =>
      (await call(
        'GET',
        `/v1/segments/${encodeURIComponent(idOrName)}/members?${query({ limit, cursor })}`,
      )) as unknown as { segment: CountedSegment } & Page<SegmentMember>,
    slaReport: async (request) =>
      (await call('GET', `/v1/reports/sla?${query({ ...request })}`)) as unknown as SlaReport,
  }
}
