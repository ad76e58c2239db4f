import type { OpenAPIHono } from '@hono/zod-openapi'
import { createAccount, getAccount, listAccounts, updateAccount } from '../app/records/accounts.ts'
import type { AccountId } from '../core/shared/index.ts'
import { AccountBody, AccountCreate, AccountUpdate, toAccountBody } from './account.schema.ts'
import type { HttpEnv } from './http-env.ts'
import { recordRoutes } from './record.routes.ts'

/** Accounts (companies): create, read, list, update, and lifecycle stage changes. */
export function accountRoutes(app: OpenAPIHono<HttpEnv>): void {
  recordRoutes(app, {
    type: 'account',
    path: '/v1/accounts',
    tag: 'Accounts',
    noun: 'an account',
    schemas: { create: AccountCreate, update: AccountUpdate, body: AccountBody, filters: {} },
    toBody: toAccountBody,
    create: createAccount,
    get: (ctx, id) => getAccount(ctx, id as AccountId),
    list: (ctx, { limit, cursor }) =>
      listAccounts(ctx, cursor === undefined ? { limit } : { limit, cursor }),
    update: (ctx, id, fields) => updateAccount(ctx, id as AccountId, fields),
  })
}
