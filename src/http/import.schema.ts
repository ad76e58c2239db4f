import { z } from '@hono/zod-openapi'

// Row fields arrive as sent; the import use cases clean them and reject a bad row with its reason,
// so one bad row in a batch is an outcome, not a 400 for the whole request.
const text = (max = 300) => z.string().max(max).nullable().optional()
// Numbers as JSON numbers, or as the text a file holds ("2822", "1,250"): the use case reads them.
const whole = z
  .union([z.number().int(), z.string().max(30)])
  .nullable()
  .optional()
const properties = z.record(z.string().max(200), z.string().max(2000)).optional()

export const ImportAccount = z
  .strictObject({
    externalId: text(200),
    name: text(),
    domain: text(),
    website: text(),
    industry: text(200),
    employeeCount: whole,
    annualRevenueCents: whole,
    country: text(100),
    region: text(100),
    parentName: text(),
    properties,
  })
  .openapi('ImportAccount')

export const ImportEvent = z
  .strictObject({
    personExternalId: text(200),
    email: text(320),
    type: text(100),
    occurredAt: text(40).openapi({ example: '2026-11-23T15:00:00Z' }),
    url: text(2100),
    idempotencyKey: text(200),
    properties,
    visitorId: text(64).openapi({
      description:
        'The visitor id of /t.js (its baton_vid cookie): earlier page views join the person',
    }),
  })
  .openapi('ImportEvent')

export const ImportSpend = z
  .strictObject({
    channel: text(100),
    periodStart: text(40).openapi({ example: '2026-11-01' }),
    periodEnd: text(40).openapi({ example: '2026-11-30' }),
    amountCents: whole,
    currency: text(3),
  })
  .openapi('ImportSpend')

export const ImportProduct = z
  .strictObject({
    name: text(),
    series: text(200),
    listPriceCents: whole,
    currency: text(3),
    properties,
  })
  .openapi('ImportProduct')

export const ImportTeamMember = z
  .strictObject({
    name: text(),
    email: text(320),
    team: text(200),
    manager: text(),
    role: text(20),
  })
  .openapi('ImportTeamMember')

const instant = z.iso.datetime({ offset: true }).nullable().optional()

export const ImportOpportunity = z
  .strictObject({
    externalId: text(200),
    name: text(),
    accountName: text(),
    personExternalId: text(200),
    ownerEmail: text(320),
    ownerName: text(),
    stage: text(100),
    status: text(20),
    amountCents: z.number().int().nullable().optional(),
    currency: text(3),
    openedAt: instant,
    closedAt: instant,
    product: text(200),
    properties,
  })
  .openapi('ImportOpportunity')

const counts = z.record(z.string(), z.number().int())

export const ImportResult = z
  .object({
    summary: z.object({
      read: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      merged: z.number().int(),
      rejected: z.number().int(),
      rejectedByReason: counts,
      notedByReason: counts,
    }),
    results: z.array(
      z.object({
        index: z.number().int(),
        kind: z.enum(['created', 'updated', 'merged', 'rejected']),
        id: z.string().optional(),
        notes: z.array(z.string()).optional(),
        reason: z.string().optional(),
        message: z.string().optional(),
      }),
    ),
  })
  .openapi('ImportResult')

export const ImportRun = z
  .strictObject({
    entity: z.string().min(1).max(50),
    sourceName: z.string().min(1).max(500),
    mapping: z.string().min(1).max(500),
    dryRun: z.boolean(),
    counts,
    rejectedByReason: counts,
    startedAt: z.iso.datetime({ offset: true }),
    finishedAt: z.iso.datetime({ offset: true }),
  })
  .openapi('ImportRun')
