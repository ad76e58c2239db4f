import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { attributionReport } from '../app/reports/attribution-report.ts'
import { customerReport } from '../app/reports/customer-report.ts'
import { leakReport } from '../app/reports/leak-report.ts'
import { listMarketSizes, setMarketSize } from '../app/reports/market-sizes.ts'
import { slaReport } from '../app/reports/sla-report.ts'
import { segmentReport } from '../app/reports/segment-report.ts'
import { activityReport } from '../app/reports/activity-report.ts'
import { digestReport } from '../app/reports/digest-report.ts'
import {
  AttributionReportBody,
  CustomerReportBody,
  DealSplitQuery,
  LeakReportBody,
  MarketSizeBody,
  MarketSizeWrite,
  PeriodParam,
} from './analytics.schema.ts'
import { errorResponses, jsonBody, jsonResponse } from './common.schema.ts'
import { body, reportRoute } from './funnel.routes.ts'
import { CostQuery, PeriodQuery } from './funnel.schema.ts'
import type { HttpEnv } from './http-env.ts'
import { SlaQuery, SlaReportBody } from './sla-report.schema.ts'
import { SegmentReportBody, SegmentReportQuery } from './segment-report.schema.ts'
import { ActivityReportBody } from './activity-report.schema.ts'
import { DigestBody, DigestQuery } from './digest.schema.ts'

const customers = reportRoute(
  'customers',
  'Lifetime value from won revenue, new vs expansion and renewal revenue, market share',
  DealSplitQuery,
  CustomerReportBody,
)

const attribution = reportRoute(
  'attribution',
  'Marketing-sourced vs influenced pipeline and revenue; first-touch, last-touch, linear and W-shaped credit',
  CostQuery,
  AttributionReportBody,
)

const leaks = reportRoute(
  'leaks',
  "Where the funnel loses most against the agreement's goals and benchmarks, ranked by revenue lost",
  PeriodQuery,
  LeakReportBody,
)

const sla = reportRoute(
  'sla',
  'Leads answered within the response target per priority, unresolved after the resolution limit, first meeting to status update, escalations by step, breaches by owner and team',
  SlaQuery,
  SlaReportBody,
)

const segments = reportRoute(
  'segments',
  'Pareto A/B/C/D customers by won revenue, RFM scores, active vs inactive people, lost deals, universe and ICP coverage',
  SegmentReportQuery,
  SegmentReportBody,
)

const activity = reportRoute(
  'activity',
  "Activity goals per rep (the agreement's per working day) against what each did; default the last 7 days",
  CostQuery,
  ActivityReportBody,
)

const digest = reportRoute(
  'digest',
  "The weekly digest: core KPIs against last week and the agreement's goals, top leaks, SLA breaches by team",
  DigestQuery,
  DigestBody,
)

const tags = ['Reports']
const setMarket = createRoute({
  method: 'put',
  path: '/v1/market-sizes/{period}',
  tags,
  summary:
    "Record the market's total sales for a period (2024, 2024-Q1, 2024-03 or 2024-01-01..2024-06-30)",
  request: { params: PeriodParam, body: jsonBody(MarketSizeWrite) },
  responses: {
    200: jsonResponse(
      z.object({ outcome: z.enum(['created', 'updated', 'unchanged']), size: MarketSizeBody }),
      'Recorded',
    ),
    ...errorResponses(400, 401),
  },
})
const listMarkets = createRoute({
  method: 'get',
  path: '/v1/market-sizes',
  tags,
  summary: 'Every recorded market size, oldest period first',
  responses: {
    200: jsonResponse(z.object({ items: z.array(MarketSizeBody) }), 'The market sizes'),
    ...errorResponses(401),
  },
})

/** GET /v1/reports/customers, /attribution, /leaks, /sla, /segments, /activity and /digest, and the market sizes its market share divides by. */
export function analyticsRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(customers, async (c) =>
    c.json(body(CustomerReportBody, await customerReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(attribution, async (c) =>
    c.json(
      body(AttributionReportBody, await attributionReport(c.var.ctx, c.req.valid('query'))),
      200,
    ),
  )
  app.openapi(leaks, async (c) =>
    c.json(body(LeakReportBody, await leakReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(sla, async (c) =>
    c.json(body(SlaReportBody, await slaReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(segments, async (c) =>
    c.json(body(SegmentReportBody, await segmentReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(activity, async (c) =>
    c.json(body(ActivityReportBody, await activityReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(digest, async (c) =>
    c.json(body(DigestBody, await digestReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(setMarket, async (c) => {
    const { period } = c.req.valid('param')
    const result = await setMarketSize(c.var.ctx, { ...c.req.valid('json'), period })
    return c.json(result, 200)
  })
  app.openapi(listMarkets, async (c) =>
    c.json({ items: [...(await listMarketSizes(c.var.ctx))] }, 200),
  )
}
