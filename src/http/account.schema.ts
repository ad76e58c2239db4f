import { z } from '@hono/zod-openapi'
import type { Account } from '../core/records/index.ts'
import { idOf, text, timestamp } from './common.schema.ts'

const accountFields = {
  domain: z.string().max(253).nullable().optional().openapi({ example: 'acme.com' }),
  industry: text(),
  employeeCount: z.number().int().min(0).nullable().optional(),
  annualRevenueCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  country: text(100),
  region: text(100),
  ownerId: idOf<'user'>().nullable().optional(),
}

const name = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(300)
  .openapi({ example: 'Acme Inc.' })

export const AccountCreate = z
  .strictObject({ name, ...accountFields, stage: z.string().min(1).max(100).optional() })
  .openapi('AccountCreate')

export const AccountUpdate = z
  .strictObject({ name: name.optional(), ...accountFields })
  .openapi('AccountUpdate')

export const AccountBody = z
  .object({
    id: z.string(),
    name: z.string(),
    domain: z.string().nullable(),
    industry: z.string().nullable(),
    employeeCount: z.number().nullable(),
    annualRevenueCents: z.number().nullable(),
    country: z.string().nullable(),
    region: z.string().nullable(),
    ownerId: z.string().nullable(),
    stage: z.string(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Account')

/** The wire form of an account. */
export function toAccountBody(account: Account): z.infer<typeof AccountBody> {
  return {
    ...account,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  }
}
