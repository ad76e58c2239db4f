import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { addUser, disableUser, listUsers } from '../app/access/users.ts'
import { roles, type User } from '../app/ports.ts'
import { errorResponses, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const UserCreate = z
  .strictObject({
    email: z.string().max(320).openapi({ example: 'maria@acme.com' }),
    name: z.string().min(1).max(200).openapi({ example: 'Maria Marketing' }),
    role: z.enum(roles).openapi({ description: 'marketing and sales users sign the agreement' }),
  })
  .openapi('UserCreate')

const UserBody = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    active: z.boolean(),
  })
  .openapi('User')

const tags = ['Users']

const routes = {
  add: createRoute({
    method: 'post',
    path: '/v1/users',
    tags,
    summary: 'Add a user with one role; the email is unique in the workspace',
    request: { body: jsonBody(UserCreate) },
    responses: {
      201: jsonResponse(UserBody, 'Created'),
      ...errorResponses(400, 401, 409, 413),
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/v1/users',
    tags,
    summary: "The workspace's users, by email",
    responses: {
      200: jsonResponse(z.object({ items: z.array(UserBody) }).openapi('UserList'), 'The users'),
      ...errorResponses(401),
    },
  }),
  disable: createRoute({
    method: 'post',
    path: '/v1/users/disable',
    tags,
    summary: 'Disable a user (admins): their API keys stop working at once',
    request: {
      body: jsonBody(z.strictObject({ email: z.string().max(320) }).openapi('UserDisable')),
    },
    responses: {
      200: jsonResponse(UserBody, 'Disabled'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
}

const toUserBody = (user: User): z.infer<typeof UserBody> => ({ ...user })

/** The workspace's users: the people who own leads and sign the agreement. */
export function userRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.add, async (c) => {
    const user = await addUser(c.var.ctx, c.req.valid('json'))
    return c.json(toUserBody(user), 201)
  })
  app.openapi(routes.list, async (c) => {
    const users = await listUsers(c.var.ctx)
    return c.json({ items: users.map(toUserBody) }, 200)
  })
  app.openapi(routes.disable, async (c) => {
    const user = await disableUser(c.var.ctx, c.req.valid('json').email)
    return c.json(toUserBody(user), 200)
  })
}
