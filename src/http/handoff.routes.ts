import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { assignPerson, listHeldLeads } from '../app/handoff/assign-person.ts'
import type { PersonId } from '../core/shared/index.ts'
import {
  errorResponses,
  IdParam,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
} from './common.schema.ts'
import {
  AssignmentBody,
  AssignRequest,
  HeldLeadBody,
  toAssignmentBody,
  toHeldLeadBody,
} from './handoff.schema.ts'
import type { HttpEnv } from './http-env.ts'

const tags = ['Hand-off']

const routes = {
  assign: createRoute({
    method: 'post',
    path: '/v1/people/{id}/assign',
    tags,
    summary: 'Assign a person by hand, or route them again; a lead nobody can take is held',
    request: { params: IdParam, body: jsonBody(AssignRequest) },
    responses: {
      200: jsonResponse(AssignmentBody, 'Assigned or held, with the rule and reason'),
      ...errorResponses(400, 401, 404, 409),
    },
  }),
  held: createRoute({
    method: 'get',
    path: '/v1/handoff/held',
    tags,
    summary: 'Leads routing could not place, oldest first, with the reason',
    request: { query: PageQuery },
    responses: {
      200: jsonResponse(pageOf(HeldLeadBody, 'HeldLeadPage'), 'One page'),
      ...errorResponses(400, 401),
    },
  }),
}

/** Routing by hand and the held list. */
export function handoffRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.assign, async (c) => {
    const id = c.req.valid('param').id.toLowerCase() as PersonId
    const outcome = await assignPerson(c.var.ctx, id, c.req.valid('json'))
    return c.json(toAssignmentBody(outcome), 200)
  })
  app.openapi(routes.held, async (c) => {
    const page = await listHeldLeads(c.var.ctx, c.req.valid('query'))
    const body = { items: page.items.map(toHeldLeadBody) }
    return c.json(page.nextCursor ? { ...body, nextCursor: page.nextCursor } : body, 200)
  })
}
