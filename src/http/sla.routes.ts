import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { listOutbox, listPersonClocks } from '../app/sla/list-person-clocks.ts'
import { outboxStatuses } from '../app/sla/sla-ports.ts'
import type { PersonId } from '../core/shared/index.ts'
import { errorResponses, IdParam, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import { ClockBody, OutboxBody, toClockBody, toOutboxBody } from './sla.schema.ts'

const tags = ['Clocks']

const OutboxQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().optional(),
  status: z.enum(outboxStatuses).optional(),
})

const routes = {
  clocks: createRoute({
    method: 'get',
    path: '/v1/people/{id}/clocks',
    tags,
    summary:
      "A person's response clocks: due time, business time left or over, outcome, escalation",
    request: { params: IdParam },
    responses: {
      200: jsonResponse(z.object({ items: z.array(ClockBody) }), 'Newest first'),
      ...errorResponses(400, 401, 404),
    },
  }),
  outbox: createRoute({
    method: 'get',
    path: '/v1/outbox',
    tags,
    summary: 'Notifications and their delivery state, newest first',
    request: { query: OutboxQuery },
    responses: {
      200: jsonResponse(
        z.object({ items: z.array(OutboxBody), nextCursor: z.string().optional() }),
        'One page',
      ),
      ...errorResponses(400, 401),
    },
  }),
}

/** Clocks of a person and the outbox. */
export function slaRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.clocks, async (c) => {
    const clocks = await listPersonClocks(c.var.ctx, c.req.valid('param').id as PersonId)
    return c.json({ items: clocks.map(toClockBody) }, 200)
  })
  app.openapi(routes.outbox, async (c) => {
    const { limit = 50, cursor, status } = c.req.valid('query')
    const page = await listOutbox(
      c.var.ctx,
      cursor === undefined ? { limit } : { limit, cursor },
      status,
    )
    const items = page.items.map(toOutboxBody)
    return c.json(
      page.nextCursor === undefined ? { items } : { items, nextCursor: page.nextCursor },
      200,
    )
  })
}
