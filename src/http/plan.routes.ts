import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { createExperiment, experimentReport } from '../app/experiments/experiments.ts'
import { createPlan, getPlan, listPlans } from '../app/planning/plans.ts'
import { ratesFromHistory } from '../app/planning/rates-from-history.ts'
import { trackPlan } from '../app/planning/track-plan.ts'
import { whatIfPlan } from '../app/planning/what-if-plan.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const tags = ['Planning']
// Plans and reports are nested plain data; dates go out as ISO strings.
const Json = z.record(z.string(), z.unknown())
const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>
const DocumentBody = (what: string) =>
  z.strictObject({ document: Json.openapi({ description: what }) })

const ok = (description: string) => ({
  200: jsonResponse(Json, description),
  ...errorResponses(400, 401, 404, 422),
})
const created = (description: string) => ({
  201: jsonResponse(Json, description),
  ...errorResponses(400, 401, 404, 422),
})

const routes = {
  rates: createRoute({
    method: 'get',
    path: '/v1/plans/rates',
    tags,
    summary: 'Rates per lead source from the last N months, with samples',
    request: {
      query: z.strictObject({
        months: z.coerce.number().int().min(1).max(60).default(12),
        minSample: z.coerce.number().int().min(1).default(30),
      }),
    },
    responses: ok('Rates with samples and warnings'),
  }),
  create: createRoute({
    method: 'post',
    path: '/v1/plans',
    tags,
    summary: 'Compute a plan from a plan document and save it',
    request: { body: jsonBody(DocumentBody('The plan as JSON (see presets/plans/README.md)')) },
    responses: created('The saved plan'),
  }),
  list: createRoute({
    method: 'get',
    path: '/v1/plans',
    tags,
    summary: 'Every saved plan, newest first',
    responses: ok('The plans'),
  }),
  show: createRoute({
    method: 'get',
    path: '/v1/plans/{id}',
    tags,
    summary: 'A plan with its assumptions and result',
    request: { params: IdParam },
    responses: ok('The plan'),
  }),
  actual: createRoute({
    method: 'get',
    path: '/v1/plans/{id}/actual',
    tags,
    summary: 'Plan vs actual per week and stage, with drift warnings',
    request: { params: IdParam },
    responses: ok('Plan vs actual'),
  }),
  whatIf: createRoute({
    method: 'post',
    path: '/v1/plans/{id}/what-if',
    tags,
    summary: 'Change rates and see the delta in required inquiries and spend',
    request: {
      params: IdParam,
      body: jsonBody(
        z.strictObject({
          set: z
            .array(z.string().max(200))
            .min(1)
            .openapi({ example: ['mql_to_sql=0.8'] }),
        }),
      ),
    },
    responses: ok('Before, after and the delta'),
  }),
  createExperiment: createRoute({
    method: 'post',
    path: '/v1/experiments',
    tags,
    summary: 'Start an experiment on lead distribution',
    request: {
      body: jsonBody(DocumentBody('The experiment as JSON (see presets/plans/README.md)')),
    },
    responses: created('The experiment'),
  }),
  experimentReport: createRoute({
    method: 'get',
    path: '/v1/experiments/{id}/report',
    tags,
    summary: 'Lift per arm in meetings, pipeline and revenue with confidence intervals',
    request: { params: IdParam },
    responses: ok('The report'),
  }),
}

/** /v1/plans (reverse funnel, plan vs actual, what-if) and /v1/experiments. */
export function planRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.rates, async (c) =>
    c.json(wire(await ratesFromHistory(c.var.ctx, c.req.valid('query'))), 200),
  )
  app.openapi(routes.create, async (c) =>
    c.json(wire(await createPlan(c.var.ctx, c.req.valid('json').document)), 201),
  )
  app.openapi(routes.list, async (c) => {
    const items = (await listPlans(c.var.ctx)).map(
      ({ id, name, periodStart, periodEnd, createdBy, createdAt, result }) =>
        wire({ id, name, periodStart, periodEnd, createdBy, createdAt, total: result.plan.total }),
    )
    return c.json({ items } as Record<string, unknown>, 200)
  })
  app.openapi(routes.show, async (c) =>
    c.json(wire(await getPlan(c.var.ctx, c.req.valid('param').id)), 200),
  )
  app.openapi(routes.actual, async (c) =>
    c.json(wire(await trackPlan(c.var.ctx, c.req.valid('param').id)), 200),
  )
  app.openapi(routes.whatIf, async (c) =>
    c.json(
      wire(await whatIfPlan(c.var.ctx, c.req.valid('param').id, c.req.valid('json').set)),
      200,
    ),
  )
  app.openapi(routes.createExperiment, async (c) =>
    c.json(wire(await createExperiment(c.var.ctx, c.req.valid('json').document)), 201),
  )
  app.openapi(routes.experimentReport, async (c) =>
    c.json(wire(await experimentReport(c.var.ctx, c.req.valid('param').id)), 200),
  )
}
