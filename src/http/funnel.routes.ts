import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { costReport } from '../app/reports/cost-report.ts'
import { funnelReport, velocityReport } from '../app/reports/funnel-report.ts'
import { pipelineReport } from '../app/reports/pipeline-report.ts'
import { errorResponses, jsonResponse } from './common.schema.ts'
import {
  CostQuery,
  CostReportBody,
  FunnelReportBody,
  PeriodQuery,
  PipelineQuery,
  PipelineReportBody,
  VelocityReportBody,
} from './funnel.schema.ts'
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

const pipeline = createRoute({
  method: 'get',
  path: '/v1/reports/pipeline',
  tags: ['Reports'],
  summary:
    'Deals by stage (open ones weighted, silent ones discounted), win rate, average deal, cycle',
  request: { query: PipelineQuery },
  responses: { 200: jsonResponse(PipelineReportBody, 'The report'), ...errorResponses(400, 401) },
})

const cost = createRoute({
  method: 'get',
  path: '/v1/reports/cost',
  tags: ['Reports'],
  summary: 'Cost per inquiry, MQL, opportunity and customer by channel, from recorded spend',
  request: { query: CostQuery },
  responses: { 200: jsonResponse(CostReportBody, 'The report'), ...errorResponses(400, 401) },
})

/** GET /v1/reports/funnel, /velocity, /pipeline and /cost. */
export function funnelRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(funnel, async (c) =>
    c.json(body(FunnelReportBody, await funnelReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(cost, async (c) =>
    c.json(body(CostReportBody, await costReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(pipeline, async (c) =>
    c.json(body(PipelineReportBody, await pipelineReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(velocity, async (c) =>
    c.json(body(VelocityReportBody, await velocityReport(c.var.ctx, c.req.valid('query'))), 200),
  )
}
