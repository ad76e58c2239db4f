import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { listPersonActivities, maxActivities } from '../app/records/list-person-activities.ts'
import type { PersonId } from '../core/shared/index.ts'
import { errorResponses, IdParam, jsonResponse, timestamp } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const ActivityBody = z
  .object({
    id: z.string(),
    type: z.string().openapi({ example: 'webinar_attended' }),
    occurredAt: timestamp,
    url: z.string().nullable(),
    properties: z.record(z.string(), z.string()),
  })
  .openapi('Activity')

const list = createRoute({
  method: 'get',
  path: '/v1/people/{id}/activities',
  tags: ['People'],
  summary:
    "The person's engagement activities (and those of people merged into them), newest first",
  request: {
    params: IdParam,
    query: z.strictObject({
      limit: z.coerce.number().int().min(1).max(maxActivities).default(100),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(ActivityBody), total: z.number().int() }).openapi('ActivityList'),
      'The latest activities and how many there are in all',
    ),
    ...errorResponses(400, 401, 404),
  },
})

/** GET /v1/people/{id}/activities: the engagement half of a lead's timeline. */
export function personActivityRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(list, async (c) => {
    const id = c.req.valid('param').id.toLowerCase() as PersonId
    const { items, total } = await listPersonActivities(c.var.ctx, id, c.req.valid('query').limit)
    const body = items.map((event) => ({
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      url: event.url ?? null,
      properties: { ...event.properties },
    }))
    return c.json({ items: body, total }, 200)
  })
}
