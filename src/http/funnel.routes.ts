import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { funnelReport, velocityReport } from '../app/reports/funnel-report.ts'
import { errorResponses, jsonResponse } from './common.schema.ts'
import { FunnelReportBody, PeriodQuery, VelocityReportBody } from './funnel.schema.ts'
import type { HttpEnv } from './http-env.ts'

const funnel = createRoute({
  method: 'get',
  path: '/v1/reports/funnel',
  tags: ['Reports'],
  summary:
    'Entries per stage and cohort conversion (inquiry->MQL, MQL->SQL, SQL->won, MQL->won...)',
  request: { query: PeriodQuery },
  responses: { 200: jsonResponse(FunnelReportBody, 'The report'), ...errorResponses(400, 401) },
})

const velocity = createRoute({
  method: 'get',
  path: '/v1/reports/velocity',
  tags: ['Reports'],
  summary: 'Time between stages: median, p75 and p90 calendar days per pair',
  request: { query: PeriodQuery },
  responses: { 200: jsonResponse(VelocityReportBody, 'The report'), ...errorResponses(400, 401) },
})

// Dates become ISO strings and readonly arrays plain ones, as the response schema types them.
const body = <S extends z.ZodType>(schema: S, report: unknown): z.infer<S> =>
  schema.parse(JSON.parse(JSON.stringify(report)))

/** GET /v1/reports/funnel and /v1/reports/velocity. */
export function funnelRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(funnel, async (c) =>
    c.json(body(FunnelReportBody, await funnelReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(velocity, async (c) =>
    c.json(body(VelocityReportBody, await velocityReport(c.var.ctx, c.req.valid('query'))), 200),
  )
}
