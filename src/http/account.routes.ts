import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { createAccount, getAccount, listAccounts, updateAccount } from '../app/records/accounts.ts'
import type { AccountId } from '../core/shared/index.ts'
import {
  errorResponses,
  IdParam,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
} from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import { AccountBody, AccountCreate, AccountUpdate, toAccountBody } from './account.schema.ts'
import { subjectStageRoutes } from './subject-stage.routes.ts'

const tags = ['Accounts']

const create = createRoute({
  method: 'post',
  path: '/v1/accounts',
  tags,
  summary: 'Create an account in its first lifecycle stage',
  request: { body: jsonBody(AccountCreate) },
  responses: {
    201: jsonResponse(AccountBody, 'Created'),
    ...errorResponses(400, 401, 409, 413, 422),
  },
})

const list = createRoute({
  method: 'get',
  path: '/v1/accounts',
  tags,
  summary: 'List accounts, oldest first',
  request: { query: PageQuery },
  responses: {
    200: jsonResponse(pageOf(AccountBody, 'AccountPage'), 'One page'),
    ...errorResponses(400, 401),
  },
})

const get = createRoute({
  method: 'get',
  path: '/v1/accounts/{id}',
  tags,
  summary: 'Get one account',
  request: { params: IdParam },
  responses: { 200: jsonResponse(AccountBody, 'The account'), ...errorResponses(400, 401, 404) },
})

const update = createRoute({
  method: 'patch',
  path: '/v1/accounts/{id}',
  tags,
  summary: "Change an account's fields (the stage changes through /stage)",
  request: { params: IdParam, body: jsonBody(AccountUpdate) },
  responses: {
    200: jsonResponse(AccountBody, 'Updated'),
    ...errorResponses(400, 401, 404, 409, 413),
  },
})

/** Accounts: create, read, list, update, and stage changes. */
export function accountRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(create, async (c) => {
    const account = await createAccount(c.var.ctx, c.req.valid('json'))
    return c.json(toAccountBody(account), 201)
  })
  app.openapi(list, async (c) => {
    const result = await listAccounts(c.var.ctx, c.req.valid('query'))
    return c.json({ ...result, items: result.items.map(toAccountBody) }, 200)
  })
  app.openapi(get, async (c) => {
    const account = await getAccount(c.var.ctx, c.req.valid('param').id as AccountId)
    return c.json(toAccountBody(account), 200)
  })
  app.openapi(update, async (c) => {
    const account = await updateAccount(
      c.var.ctx,
      c.req.valid('param').id as AccountId,
      c.req.valid('json'),
    )
    return c.json(toAccountBody(account), 200)
  })
  subjectStageRoutes(app, {
    type: 'account',
    path: '/v1/accounts',
    tag: tags[0] ?? 'Accounts',
    ensureExists: (ctx, id) => getAccount(ctx, id as AccountId),
  })
}
