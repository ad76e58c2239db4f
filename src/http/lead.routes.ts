import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { ingestLeads } from '../app/intake/ingest-leads.ts'
import { errorResponses, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const text = (max: number) => z.string().max(max).nullable().optional()

const Lead = z
  .strictObject({
    externalId: text(200),
    email: text(320),
    firstName: text(200),
    lastName: text(200),
    fullName: text(400),
    title: text(200),
    phone: text(50),
    company: text(300),
    website: text(300),
    country: text(100),
    source: text(100),
    stage: text(100),
    occurredAt: z.iso.datetime({ offset: true }).nullable().optional(),
    doNotContact: z.boolean().nullable().optional(),
    visitorId: text(64).openapi({
      description:
        'The visitor id of /t.js (its baton_vid cookie): earlier page views join the lead',
    }),
    properties: z.record(z.string().max(200), z.string().max(2000)).optional(),
  })
  .openapi('Lead')

export const maxLeadsPerRequest = 1000

const Outcome = z
  .object({
    index: z.number().int(),
    kind: z.enum(['created', 'updated', 'merged', 'rejected']),
    personId: z.string().optional(),
    accountId: z.string().nullable().optional(),
    reason: z.string().optional(),
    message: z.string().optional(),
    issues: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
  })
  .openapi('LeadOutcome')

const Result = z
  .object({
    summary: z.object({
      read: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      merged: z.number().int(),
      rejected: z.number().int(),
      rejectedByReason: z.record(z.string(), z.number().int()),
      notedByReason: z.record(z.string(), z.number().int()),
    }),
    results: z.array(Outcome),
  })
  .openapi('LeadIntake')

const capture = createRoute({
  method: 'post',
  path: '/v1/leads',
  tags: ['Leads'],
  summary: `Capture one lead or a batch of up to ${maxLeadsPerRequest}: hygiene, duplicate check, account match`,
  description:
    'Send an Idempotency-Key header to make retries safe: the same key and body return the first answer and write nothing.',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: jsonBody(z.strictObject({ leads: z.array(Lead).min(1).max(maxLeadsPerRequest) })),
  },
  responses: {
    200: jsonResponse(Result, 'Every lead with its outcome'),
    ...errorResponses(400, 401, 409, 413),
  },
})

/** POST /v1/leads: intake over HTTP (idempotent per Idempotency-Key, like every write). */
export function leadRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(capture, async (c) => {
    const body = c.req.valid('json')
    const leads = body.leads.map(({ properties, occurredAt, ...lead }) => ({
      ...lead,
      extra: properties ?? {},
      occurredAt: occurredAt == null ? null : new Date(occurredAt),
    }))
    const { summary, outcomes } = await ingestLeads(c.var.ctx, leads, { channel: 'api' })
    const results = outcomes.map((outcome, index) => ({ index, ...outcome }))
    return c.json({ summary, results } as z.infer<typeof Result>, 200)
  })
}
