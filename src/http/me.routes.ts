import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { roles } from '../app/ports.ts'
import { errorResponses, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const MeBody = z
  .object({
    workspaceId: z.string(),
    role: z
      .enum(roles)
      .openapi({ description: "The key's role; the dashboard shapes itself to it" }),
    actor: z
      .string()
      .openapi({ example: 'api-key:7d7c...', description: 'How changes are signed' }),
  })
  .openapi('Me')

const me = createRoute({
  method: 'get',
  path: '/v1/me',
  tags: ['Users'],
  summary: 'Who the presented API key is: its workspace, role and the actor its changes record',
  responses: { 200: jsonResponse(MeBody, 'The caller'), ...errorResponses(401) },
})

/** GET /v1/me: what a client may know about its own key (never the key itself). */
export function meRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(me, (c) => {
    const { store, actor, role } = c.var.ctx
    // Every API key carries a role; only the local CLI runs without one, and it never comes here.
    return c.json({ workspaceId: store.workspaceId, role: role ?? 'viewer', actor }, 200)
  })
}
