import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Storage } from '../app/ports.ts'
import { errorResponses, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const Health = z
  .object({ status: z.literal('ok'), database: z.enum(['embedded', 'server']) })
  .openapi('Health')

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Health'],
  summary: 'Liveness and database reachability; needs no API key',
  security: [],
  responses: { 200: jsonResponse(Health, 'Baton and its database answer'), ...errorResponses(503) },
})

/** GET /health: 200 when the database answers, 503 `store.unavailable` when it does not. */
export function healthRoutes(app: OpenAPIHono<HttpEnv>, storage: Storage): void {
  app.openapi(health, async (c) => {
    await storage.ping()
    return c.json({ status: 'ok' as const, database: storage.kind }, 200)
  })
}
