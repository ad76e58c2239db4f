import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import {
  createApiKey,
  listApiKeys,
  revokeApiKey,
  type ApiKeyView,
} from '../app/access/workspace-api-keys.ts'
import { roles } from '../app/ports.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const ApiKeyCreate = z
  .strictObject({
    name: z.string().min(1).max(200).openapi({ example: 'website forms' }),
    role: z.enum(roles),
    userEmail: z.string().max(320).optional().openapi({
      description: 'The user the key acts as (needed to sign, or for own-leads rules)',
    }),
  })
  .openapi('ApiKeyCreate')

const ApiKeyBody = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    role: z.enum(roles),
    userId: z.string().nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey')

const Issued = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(roles),
    userId: z.string().nullable(),
    key: z.string().openapi({ description: 'Shown once; only a hash is stored' }),
  })
  .openapi('IssuedApiKey')

const tags = ['API keys']

const routes = {
  create: createRoute({
    method: 'post',
    path: '/v1/api-keys',
    tags,
    summary: 'Issue an API key for this workspace (admins); the key is shown once',
    request: { body: jsonBody(ApiKeyCreate) },
    responses: {
      201: jsonResponse(Issued, 'Issued'),
      ...errorResponses(400, 401, 403, 404, 413),
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/v1/api-keys',
    tags,
    summary: "The workspace's API keys with their last use (admins); never the secrets",
    responses: {
      200: jsonResponse(z.object({ items: z.array(ApiKeyBody) }).openapi('ApiKeyList'), 'Keys'),
      ...errorResponses(401, 403),
    },
  }),
  revoke: createRoute({
    method: 'delete',
    path: '/v1/api-keys/{id}',
    tags,
    summary: 'Revoke an API key at once (admins)',
    request: { params: IdParam },
    responses: {
      200: jsonResponse(ApiKeyBody, 'Revoked'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
}

const iso = (at: Date | null) => (at === null ? null : at.toISOString())

/** An API key as sent on the wire. */
export const toApiKeyBody = (key: ApiKeyView): z.infer<typeof ApiKeyBody> => ({
  ...key,
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: iso(key.lastUsedAt),
  revokedAt: iso(key.revokedAt),
})

/** /v1/api-keys: admins issue, list and revoke the workspace's keys. */
export function apiKeyRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.create, async (c) => {
    const issued = await createApiKey(c.var.ctx, c.req.valid('json'))
    return c.json(issued, 201)
  })
  app.openapi(routes.list, async (c) => {
    const keys = await listApiKeys(c.var.ctx)
    return c.json({ items: keys.map(toApiKeyBody) }, 200)
  })
  app.openapi(routes.revoke, async (c) => {
    const key = await revokeApiKey(c.var.ctx, c.req.valid('param').id)
    return c.json(toApiKeyBody(key), 200)
  })
}
