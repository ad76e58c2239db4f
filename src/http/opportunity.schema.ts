import { z } from '@hono/zod-openapi'
import {
  opportunityHorizons,
  opportunitySources,
  opportunityStatuses,
  type Opportunity,
} from '../core/records/index.ts'
import { idOf, timestamp } from './common.schema.ts'

const opportunityFields = {
  accountId: idOf<'account'>().nullable().optional(),
  primaryPersonId: idOf<'person'>().nullable().optional(),
  ownerId: idOf<'user'>().nullable().optional(),
  amountCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code such as USD')
    .optional(),
  probabilityPct: z.number().min(0).max(100).nullable().optional(),
  horizon: z.enum(opportunityHorizons).nullable().optional(),
  source: z.enum(opportunitySources).nullable().optional(),
  expectedCloseOn: z.iso.date().nullable().optional().openapi({ example: '2026-12-31' }),
}

const name = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(300)
  .openapi({ example: 'Acme renewal' })

export const OpportunityCreate = z
  .strictObject({
    name,
    stage: z.string().min(1).max(100).openapi({ example: 'Prospect New' }),
    ...opportunityFields,
  })
  .openapi('OpportunityCreate')

export const OpportunityUpdate = z
  .strictObject({ name: name.optional(), ...opportunityFields })
  .openapi('OpportunityUpdate')

export const OpportunityBody = z
  .object({
    id: z.string(),
    name: z.string(),
    accountId: z.string().nullable(),
    primaryPersonId: z.string().nullable(),
    ownerId: z.string().nullable(),
    amountCents: z.number(),
    currency: z.string(),
    stage: z.string(),
    probabilityPct: z.number().nullable(),
    status: z.enum(opportunityStatuses),
    horizon: z.enum(opportunityHorizons).nullable(),
    source: z.enum(opportunitySources).nullable(),
    expectedCloseOn: z.string().nullable(),
    closedAt: timestamp.nullable(),
    closeReason: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Opportunity')

/** The wire form of an opportunity. */
export function toOpportunityBody(opportunity: Opportunity): z.infer<typeof OpportunityBody> {
  return {
    ...opportunity,
    closedAt: opportunity.closedAt?.toISOString() ?? null,
    createdAt: opportunity.createdAt.toISOString(),
    updatedAt: opportunity.updatedAt.toISOString(),
  }
}
