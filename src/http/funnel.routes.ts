import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { costReport } from '../app/reports/cost-report.ts'
import { dispositionReport } from '../app/reports/disposition-report.ts'
import { funnelReport, velocityReport } from '../app/reports/funnel-report.ts'
import { pipelineReport } from '../app/reports/pipeline-report.ts'
import { errorResponses, jsonResponse } from './common.schema.ts'
import {
  CostQuery,
  CostReportBody,
  DispositionReportBody,
  FunnelReportBody,
  PeriodQuery,
  VelocityQuery,
  PipelineQuery,
  PipelineReportBody,
  VelocityReportBody,
} from './funnel.schema.ts'
import type { HttpEnv } from './http-env.ts'

// One GET report route: its query and the report's body; a bad query answers 400 naming the field.
export const reportRoute = <Q extends z.ZodObject, B extends z.ZodType>(
  name: string,
  summary: string,
  query: Q,
  reportBody: B,
) =>
  createRoute({
    method: 'get',
    path: `/v1/reports/${name}`,
    tags: ['Reports'],
    summary,
    request: { query },
    responses: { 200: jsonResponse(reportBody, 'The report'), ...errorResponses(400, 401) },
  })

const funnel = reportRoute(
  'funnel',
  'Entries per stage and cohort conversion (inquiry->MQL, MQL->SQL, SQL->won, MQL->won...)',
  PeriodQuery,
  FunnelReportBody,
)
const velocity = reportRoute(
  'velocity',
  'Time between stages: median, p75 and p90 calendar days per pair (and working hours with time=business)',
  VelocityQuery,
  VelocityReportBody,
)
const pipeline = reportRoute(
  'pipeline',
  'Deals by stage (open ones weighted, silent ones discounted), win rate, average deal, cycle',
  PipelineQuery,
  PipelineReportBody,
)
const cost = reportRoute(
  'cost',
  'Cost per inquiry, MQL, opportunity and customer by channel, from recorded spend',
  CostQuery,
  CostReportBody,
)
const dispositions = reportRoute(
  'dispositions',
  'Why leads left the funnel: reason-code mix by exit stage and source, with notes',
  CostQuery,
  DispositionReportBody,
)

// Dates become ISO strings and readonly arrays plain ones, as the response schema types them.
export const body = <S extends z.ZodType>(schema: S, report: unknown): z.infer<S> =>
  schema.parse(JSON.parse(JSON.stringify(report)))

/** GET /v1/reports/funnel, /velocity, /pipeline, /cost and /dispositions. */
export function funnelRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(funnel, async (c) =>
    c.json(body(FunnelReportBody, await funnelReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(velocity, async (c) =>
    c.json(body(VelocityReportBody, await velocityReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(pipeline, async (c) =>
    c.json(body(PipelineReportBody, await pipelineReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(cost, async (c) =>
    c.json(body(CostReportBody, await costReport(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(dispositions, async (c) =>
    c.json(
      body(DispositionReportBody, await dispositionReport(c.var.ctx, c.req.valid('query'))),
      200,
    ),
  )
}
