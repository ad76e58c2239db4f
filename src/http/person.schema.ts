import { z } from '@hono/zod-openapi'
import type { Person } from '../core/records/index.ts'
import { idOf, text, timestamp } from './common.schema.ts'

const personFields = {
  email: z.string().max(320).nullable().optional().openapi({ example: 'ana@acme.com' }),
  firstName: text(),
  lastName: text(),
  title: text(),
  phone: text(50),
  companyName: text(),
  country: text(100),
  accountId: idOf<'account'>().nullable().optional(),
  ownerId: idOf<'user'>().nullable().optional(),
  source: text(100),
  doNotContact: z.boolean().optional(),
}

export const PersonCreate = z
  .strictObject({
    ...personFields,
    stage: z.string().min(1).max(100).optional().openapi({ example: 'inquiry' }),
  })
  .openapi('PersonCreate')

export const PersonUpdate = z.strictObject(personFields).openapi('PersonUpdate')

export const PersonBody = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    emailNormalized: z.string().nullable(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    title: z.string().nullable(),
    phone: z.string().nullable(),
    companyName: z.string().nullable(),
    country: z.string().nullable(),
    accountId: z.string().nullable(),
    ownerId: z.string().nullable(),
    source: z.string().nullable(),
    stage: z.string(),
    doNotContact: z.boolean(),
    mergedInto: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Person')

/** The wire form of a person. */
export function toPersonBody(person: Person): z.infer<typeof PersonBody> {
  return {
    ...person,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  }
}
