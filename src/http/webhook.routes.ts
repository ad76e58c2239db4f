import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { webhookFormats, type Webhook } from '../app/sla/sla-ports.ts'
import { addWebhook, deactivateWebhook, listWebhooks } from '../app/sla/webhooks.ts'
import { errorResponses, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const tags = ['Clocks']

const WebhookRequest = z
  .strictObject({
    name: z.string().min(1).max(100).openapi({ example: 'crm' }),
    url: z.string().min(1).max(2000).openapi({ example: 'https://hooks.example.com/baton' }),
    secret: z.string().max(500).openapi({
      description: 'Signs every body (HMAC-SHA256); at least 16 characters, never shown again',
    }),
    topics: z.array(z.string().min(1).max(100)).max(50).optional().openapi({
      description: 'Topics it takes, e.g. sla.reminder; empty or absent takes every topic',
    }),
    format: z.enum(webhookFormats).optional().openapi({ description: 'json (default) or slack' }),
    maxAttempts: z.number().int().min(1).max(50).optional().openapi({
      description: 'Tries before a message is dead-lettered (default 8)',
    }),
  })
  .openapi('WebhookRequest')

const WebhookBody = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    topics: z.array(z.string()),
    format: z.enum(webhookFormats),
    maxAttempts: z.number().int(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Webhook')

const toWebhookBody = (hook: Webhook): z.infer<typeof WebhookBody> => ({
  ...hook,
  topics: [...hook.topics],
  createdAt: hook.createdAt.toISOString(),
})

const routes = {
  add: createRoute({
    method: 'post',
    path: '/v1/webhooks',
    tags,
    summary: 'Add a webhook the outbox delivers notifications to, signed with its secret',
    request: { body: jsonBody(WebhookRequest) },
    responses: {
      201: jsonResponse(WebhookBody, 'The webhook, without its secret'),
      ...errorResponses(400, 401, 403, 409),
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/v1/webhooks',
    tags,
    summary: "The workspace's webhooks, without their secrets",
    responses: {
      200: jsonResponse(z.object({ items: z.array(WebhookBody) }), 'Every webhook'),
      ...errorResponses(401, 403),
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/v1/webhooks/{name}',
    tags,
    summary: 'Turn a webhook off: the outbox stops delivering to it',
    request: {
      params: z.object({
        name: z
          .string()
          .min(1)
          .max(100)
          .openapi({ param: { name: 'name', in: 'path' } }),
      }),
    },
    responses: { 204: { description: 'Turned off' }, ...errorResponses(401, 403, 404) },
  }),
}

/** Webhook registration. */
export function webhookRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.add, async (c) => {
    const hook = await addWebhook(c.var.ctx, c.req.valid('json'))
    return c.json(toWebhookBody(hook), 201)
  })
  app.openapi(routes.list, async (c) => {
    const hooks = await listWebhooks(c.var.ctx)
    return c.json({ items: hooks.map(toWebhookBody) }, 200)
  })
  app.openapi(routes.remove, async (c) => {
    await deactivateWebhook(c.var.ctx, c.req.valid('param').name)
    return c.body(null, 204)
  })
}
