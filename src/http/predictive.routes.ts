import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { lookalikeAccounts } from '../app/predict/lookalike-accounts.ts'
import {
  getPredictiveModel,
  listPredictiveModels,
  promotePredictiveModel,
  registerPredictiveModel,
  rollbackPredictiveModel,
} from '../app/predict/predictive-models.ts'
import { trainFromOutcomes } from '../app/predict/train-from-outcomes.ts'
import { toTrainSummary } from '../app/predict/train-summary.ts'
import { errorResponses, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import {
  LookalikeBody,
  LookalikeQuery,
  OutcomeTrainBody,
  OutcomeTrainingBody,
  PredictiveModelBody,
  PredictiveModelCreate,
  toPredictiveModelBody,
} from './predictive.schema.ts'
import { VersionParam } from './scoring.schema.ts'

const tags = ['Predictive scoring']
const path = '/v1/predictive-models'
// Use-case results are readonly; the wire schema's inferred types are mutable but equal in shape.
const wire = (value: object) => value as Record<string, unknown>

const routes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Every predictive model version with its metrics, oldest first',
    responses: {
      200: jsonResponse(z.object({ items: z.array(PredictiveModelBody) }), 'The versions'),
      ...errorResponses(401),
    },
  }),
  register: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Store a trained model file with its evaluation as the next draft version',
    request: { body: jsonBody(PredictiveModelCreate) },
    responses: {
      201: jsonResponse(PredictiveModelBody, 'Stored as a draft'),
      ...errorResponses(400, 401, 403),
    },
  }),
  train: createRoute({
    method: 'post',
    path: `${path}/train`,
    tags,
    summary: "Train on Baton's closed-loop outcomes (nothing is stored; register the model after)",
    request: { body: jsonBody(OutcomeTrainBody) },
    responses: {
      200: jsonResponse(OutcomeTrainingBody, 'The summary and the model file'),
      ...errorResponses(400, 401, 403),
    },
  }),
  show: createRoute({
    method: 'get',
    path: `${path}/{version}`,
    tags,
    summary: 'One predictive version with its model file and metrics',
    request: { params: VersionParam },
    responses: {
      200: jsonResponse(PredictiveModelBody, 'The version'),
      ...errorResponses(400, 401, 404, 422),
    },
  }),
  promote: createRoute({
    method: 'post',
    path: `${path}/{version}/promote`,
    tags,
    summary:
      'Make a draft live for predictive scoring once it passes the outcome and baseline gates',
    request: { params: VersionParam },
    responses: {
      200: jsonResponse(PredictiveModelBody, 'Now live'),
      ...errorResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  rollback: createRoute({
    method: 'post',
    path: `${path}/rollback`,
    tags,
    summary: 'Return to the live predictive version before the current one',
    responses: {
      200: jsonResponse(PredictiveModelBody, 'Live again'),
      ...errorResponses(401, 403, 409),
    },
  }),
  lookalikes: createRoute({
    method: 'get',
    path: '/v1/lookalikes',
    tags,
    summary:
      "Which account fields separate the agreement's best and worst customers; similar accounts",
    request: { query: LookalikeQuery },
    responses: {
      200: jsonResponse(LookalikeBody, 'The profile and the most best-like accounts'),
      ...errorResponses(400, 401, 409),
    },
  }),
}

/** The predictive model registry, training on outcomes and look-alikes. */
export function predictiveRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.list, async (c) => {
    const items = (await listPredictiveModels(c.var.ctx)).map(toPredictiveModelBody)
    return c.json({ items }, 200)
  })
  app.openapi(routes.register, async (c) => {
    const { model, name } = c.req.valid('json')
    const stored = await registerPredictiveModel(c.var.ctx, model, { name })
    return c.json(toPredictiveModelBody(stored), 201)
  })
  app.openapi(routes.train, async (c) => {
    const { since, ...request } = c.req.valid('json')
    const report = await trainFromOutcomes(c.var.ctx, {
      ...request,
      since: since === undefined ? null : new Date(since),
    })
    const body = {
      summary: wire(toTrainSummary(report)),
      model: wire(report.stored),
      leakWarning: report.leakWarning,
      open: report.open,
    }
    return c.json(body, 200)
  })
  app.openapi(routes.show, async (c) => {
    const stored = await getPredictiveModel(c.var.ctx, c.req.valid('param').version)
    return c.json(toPredictiveModelBody(stored), 200)
  })
  app.openapi(routes.promote, async (c) => {
    const stored = await promotePredictiveModel(c.var.ctx, c.req.valid('param').version)
    return c.json(toPredictiveModelBody(stored), 200)
  })
  app.openapi(routes.rollback, async (c) =>
    c.json(toPredictiveModelBody(await rollbackPredictiveModel(c.var.ctx)), 200),
  )
  app.openapi(routes.lookalikes, async (c) =>
    c.json(
      (await lookalikeAccounts(c.var.ctx, {
        limit: c.req.valid('query').limit,
      })) as unknown as z.infer<typeof LookalikeBody>,
      200,
    ),
  )
}
