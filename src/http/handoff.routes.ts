import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { assignPerson, listHeldLeads } from '../app/handoff/assign-person.ts'
import { acceptLead, dispositionLead, rejectLead } from '../app/handoff/close-loop.ts'
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
  AcceptRequest,
  AssignmentBody,
  AssignRequest,
  DispositionRequest,
  HeldLeadBody,
  LoopResultBody,
  RejectRequest,
  toAssignmentBody,
  toHeldLeadBody,
  toLoopResultBody,
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
  accept: createRoute({
    method: 'post',
    path: '/v1/people/{id}/accept',
    tags,
    summary: 'The owner accepts the lead: it moves on to the next stage of the funnel',
    request: { params: IdParam, body: jsonBody(AcceptRequest) },
    responses: {
      200: jsonResponse(LoopResultBody, 'The stage event recorded'),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  reject: createRoute({
    method: 'post',
    path: '/v1/people/{id}/reject',
    tags,
    summary:
      'The owner rejects the lead with a reason code: back to nurture, or where the agreement says',
    request: { params: IdParam, body: jsonBody(RejectRequest) },
    responses: {
      200: jsonResponse(LoopResultBody, 'The stage event and any review opened'),
      ...errorResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  disposition: createRoute({
    method: 'post',
    path: '/v1/people/{id}/disposition',
    tags,
    summary: 'The owner closes the lead out: qualified, nurture, recycled or disqualified',
    request: { params: IdParam, body: jsonBody(DispositionRequest) },
    responses: {
      200: jsonResponse(LoopResultBody, 'The stage event and any review opened'),
      ...errorResponses(400, 401, 403, 404, 409, 422),
    },
  }),
}

const personIdOf = (id: string) => id.toLowerCase() as PersonId

/** Routing by hand, the held list, and the closed loop: accept, reject, disposition. */
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
  app.openapi(routes.accept, async (c) => {
    const { note } = c.req.valid('json')
    const id = personIdOf(c.req.valid('param').id)
    const result = await acceptLead(c.var.ctx, id, note ?? undefined)
    return c.json(toLoopResultBody(result), 200)
  })
  app.openapi(routes.reject, async (c) => {
    const result = await rejectLead(
      c.var.ctx,
      personIdOf(c.req.valid('param').id),
      c.req.valid('json'),
    )
    return c.json(toLoopResultBody(result), 200)
  })
  app.openapi(routes.disposition, async (c) => {
    const result = await dispositionLead(
      c.var.ctx,
      personIdOf(c.req.valid('param').id),
      c.req.valid('json'),
    )
    return c.json(toLoopResultBody(result), 200)
  })
}
