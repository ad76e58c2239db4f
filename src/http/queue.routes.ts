import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { ownerQueue, type QueueItem } from '../app/handoff/owner-queue.ts'
import { errorResponses, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import { PersonBody, toPersonBody } from './person.schema.ts'
import { ClockBody, toClockBody } from './sla.schema.ts'

const QueueQuery = z.strictObject({
  owner: z.string().max(320).optional().openapi({
    description: "The owner's email; without it, the user the API key acts as",
    example: 'ben@acme.com',
  }),
  limit: z.coerce.number().int().min(1).max(500).optional().openapi({
    description: 'At most this many leads, 1..500 (default 100)',
  }),
})

const QueueItemBody = z
  .object({
    person: PersonBody,
    score: z.number().nullable(),
    dueAt: z
      .string()
      .nullable()
      .openapi({ description: 'Soonest due running clock; null if none' }),
    clocks: z.array(ClockBody).openapi({ description: 'Running clocks, soonest due first' }),
    nextTask: z
      .object({ channel: z.string(), dueAt: z.string() })
      .nullable()
      .openapi({ description: "The owner's next follow-up touch of the cadence; null if none" }),
  })
  .openapi('QueueItem')

export const QueueBody = z
  .object({
    owner: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string() }),
    items: z.array(QueueItemBody),
  })
  .openapi('OwnerQueue')

const toQueueItemBody = (item: QueueItem): z.infer<typeof QueueItemBody> => ({
  person: toPersonBody(item.person),
  score: item.score,
  dueAt: item.dueAt?.toISOString() ?? null,
  clocks: item.clocks.map(toClockBody),
  nextTask:
    item.nextTask === null
      ? null
      : { channel: item.nextTask.channel, dueAt: item.nextTask.dueAt.toISOString() },
})

const queue = createRoute({
  method: 'get',
  path: '/v1/queue',
  tags: ['Hand-off'],
  summary: "A rep's work in due order: their open leads, soonest running clock first",
  request: { query: QueueQuery },
  responses: {
    200: jsonResponse(QueueBody, 'The queue, soonest due first'),
    ...errorResponses(400, 401, 403, 404),
  },
})

/** The owner's work queue. */
export function queueRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(queue, async (c) => {
    const { owner, limit } = c.req.valid('query')
    const result = await ownerQueue(c.var.ctx, { ownerEmail: owner, limit })
    const { id, email, name, role } = result.owner
    return c.json(
      { owner: { id, email, name, role }, items: result.items.map(toQueueItemBody) },
      200,
    )
  })
}
