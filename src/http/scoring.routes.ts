import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { explainScore } from '../app/scoring/explain-score.ts'
import { rebuildScores } from '../app/scoring/rebuild-scores.ts'
import {
  addScoreModel,
  getScoreModel,
  listScoreModels,
  publishScoreModel,
} from '../app/scoring/score-models.ts'
import type { PersonId } from '../core/shared/index.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import {
  RebuildBody,
  RebuildRequest,
  ScoreExplanationBody,
  ScoreModelBody,
  ScoreModelCreate,
  toExplanationBody,
  toScoreModelBody,
  VersionParam,
} from './scoring.schema.ts'

const tags = ['Scoring']
const path = '/v1/score-models'

const routes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Every score-model version, oldest first',
    responses: {
      200: jsonResponse(z.object({ items: z.array(ScoreModelBody) }), 'The versions'),
      ...errorResponses(401),
    },
  }),
  add: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Store a rules model as the next draft version (refused whole if it has errors)',
    request: { body: jsonBody(ScoreModelCreate) },
    responses: {
      201: jsonResponse(ScoreModelBody, 'Stored as a draft'),
      ...errorResponses(400, 401, 422),
    },
  }),
  show: createRoute({
    method: 'get',
    path: `${path}/{version}`,
    tags,
    summary: 'One version with its document',
    request: { params: VersionParam },
    responses: {
      200: jsonResponse(ScoreModelBody, 'The version'),
      ...errorResponses(400, 401, 404),
    },
  }),
  publish: createRoute({
    method: 'post',
    path: `${path}/{version}/publish`,
    tags,
    summary: 'Make a version live; the live one is retired (publish a retired one to roll back)',
    request: { params: VersionParam },
    responses: {
      200: jsonResponse(ScoreModelBody, 'Now live'),
      ...errorResponses(400, 401, 404, 409, 422),
    },
  }),
  explain: createRoute({
    method: 'get',
    path: '/v1/people/{id}/score',
    tags,
    summary: "A person's score with every rule and event that added or took away points",
    request: { params: IdParam },
    responses: {
      200: jsonResponse(ScoreExplanationBody, 'Contributions sum exactly to the total'),
      ...errorResponses(400, 401, 404, 409),
    },
  }),
  rebuild: createRoute({
    method: 'post',
    path: '/v1/scores/rebuild',
    tags,
    summary: 'Recompute every score with the live model in chunks, or back-test another version',
    request: { body: jsonBody(RebuildRequest) },
    responses: {
      200: jsonResponse(RebuildBody, 'Rebuilt, or the back-test'),
      ...errorResponses(400, 401, 404, 409),
    },
  }),
}

/** The score-model registry, score explanations and rebuilds. */
export function scoringRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.list, async (c) => {
    const items = (await listScoreModels(c.var.ctx)).map(toScoreModelBody)
    return c.json({ items }, 200)
  })
  app.openapi(routes.add, async (c) => {
    const stored = await addScoreModel(c.var.ctx, c.req.valid('json').document)
    return c.json(toScoreModelBody(stored), 201)
  })
  app.openapi(routes.show, async (c) =>
    c.json(toScoreModelBody(await getScoreModel(c.var.ctx, c.req.valid('param').version)), 200),
  )
  app.openapi(routes.publish, async (c) =>
    c.json(toScoreModelBody(await publishScoreModel(c.var.ctx, c.req.valid('param').version)), 200),
  )
  app.openapi(routes.explain, async (c) => {
    const explained = await explainScore(c.var.ctx, c.req.valid('param').id as PersonId)
    return c.json(toExplanationBody(explained), 200)
  })
  app.openapi(routes.rebuild, async (c) => {
    const { model, chunkSize } = c.req.valid('json')
    const options = {
      ...(model === undefined ? {} : { model }),
      ...(chunkSize ? { chunkSize } : {}),
    }
    return c.json(await rebuildScores(c.var.ctx, options), 200)
  })
}
