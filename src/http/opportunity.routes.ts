import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import {
  createOpportunity,
  getOpportunity,
  listOpportunities,
  updateOpportunity,
} from '../app/records/opportunities.ts'
import { opportunityStatuses } from '../core/records/index.ts'
import type { OpportunityId } from '../core/shared/index.ts'
import {
  errorResponses,
  IdParam,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
} from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import {
  OpportunityBody,
  OpportunityCreate,
  OpportunityUpdate,
  toOpportunityBody,
} from './opportunity.schema.ts'
import { subjectStageRoutes } from './subject-stage.routes.ts'

const tags = ['Opportunities']

const create = createRoute({
  method: 'post',
  path: '/v1/opportunities',
  tags,
  summary: 'Create an opportunity in its first sales stage',
  request: { body: jsonBody(OpportunityCreate) },
  responses: {
    201: jsonResponse(OpportunityBody, 'Created'),
    ...errorResponses(400, 401, 409, 413, 422),
  },
})

const list = createRoute({
  method: 'get',
  path: '/v1/opportunities',
  tags,
  summary: 'List opportunities, oldest first',
  request: { query: PageQuery.extend({ status: z.enum(opportunityStatuses).optional() }) },
  responses: {
    200: jsonResponse(pageOf(OpportunityBody, 'OpportunityPage'), 'One page'),
    ...errorResponses(400, 401),
  },
})

const get = createRoute({
  method: 'get',
  path: '/v1/opportunities/{id}',
  tags,
  summary: 'Get one opportunity',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(OpportunityBody, 'The opportunity'),
    ...errorResponses(400, 401, 404),
  },
})

const update = createRoute({
  method: 'patch',
  path: '/v1/opportunities/{id}',
  tags,
  summary: "Change an opportunity's fields (the stage changes through /stage)",
  request: { params: IdParam, body: jsonBody(OpportunityUpdate) },
  responses: {
    200: jsonResponse(OpportunityBody, 'Updated'),
    ...errorResponses(400, 401, 404, 409, 413),
  },
})

/** Opportunities: create, read, list, update, and stage changes. */
export function opportunityRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(create, async (c) => {
    const opportunity = await createOpportunity(c.var.ctx, c.req.valid('json'))
    return c.json(toOpportunityBody(opportunity), 201)
  })
  app.openapi(list, async (c) => {
    const { status, ...page } = c.req.valid('query')
    const result = await listOpportunities(c.var.ctx, page, status === undefined ? {} : { status })
    return c.json({ ...result, items: result.items.map(toOpportunityBody) }, 200)
  })
  app.openapi(get, async (c) => {
    const opportunity = await getOpportunity(c.var.ctx, c.req.valid('param').id as OpportunityId)
    return c.json(toOpportunityBody(opportunity), 200)
  })
  app.openapi(update, async (c) => {
    const opportunity = await updateOpportunity(
      c.var.ctx,
      c.req.valid('param').id as OpportunityId,
      c.req.valid('json'),
    )
    return c.json(toOpportunityBody(opportunity), 200)
  })
  subjectStageRoutes(app, {
    type: 'opportunity',
    path: '/v1/opportunities',
    tag: tags[0] ?? 'Opportunities',
    ensureExists: (ctx, id) => getOpportunity(ctx, id as OpportunityId),
  })
}
