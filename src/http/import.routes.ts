import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { importBatch, type ImportBatch } from '../app/intake/import-batch.ts'
import { summarizeOutcomes } from '../app/intake/import-summary.ts'
import type { OpportunityInput } from '../app/intake/ingest-opportunity.ts'
import { errorResponses, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import {
  ImportAccount,
  ImportEvent,
  ImportOpportunity,
  ImportProduct,
  ImportResult,
  ImportRun,
  ImportSpend,
  ImportTeamMember,
} from './import.schema.ts'

/** Most rows one import request takes, as for leads. */
export const maxRowsPerRequest = 1000

type Body = Record<string, unknown>

type BatchSpec = {
  readonly path: string
  readonly tag: string
  readonly summary: string
  /** The body's array of rows. */
  readonly key: string
  readonly item: z.ZodType
  readonly extra?: z.ZodRawShape
  readonly toBatch: (rows: readonly never[], body: Body) => ImportBatch
}

const toDate = (value: string | null | undefined) => (value == null ? null : new Date(value))
const orNull = <T>(value: T | null | undefined): T | null => value ?? null

function toOpportunity(row: z.output<typeof ImportOpportunity>): OpportunityInput {
  return {
    externalId: orNull(row.externalId),
    name: orNull(row.name),
    accountName: orNull(row.accountName),
    personExternalId: orNull(row.personExternalId),
    ownerEmail: orNull(row.ownerEmail),
    ownerName: orNull(row.ownerName),
    stage: orNull(row.stage),
    status: orNull(row.status),
    amountCents: orNull(row.amountCents),
    currency: orNull(row.currency),
    openedAt: toDate(row.openedAt),
    closedAt: toDate(row.closedAt),
    product: orNull(row.product),
    properties: row.properties ?? {},
  }
}

const specs: readonly BatchSpec[] = [
  {
    path: '/v1/accounts/batch',
    tag: 'Accounts',
    summary: 'Import accounts: matched by source id, domain or normalized name; parents by name',
    key: 'accounts',
    item: ImportAccount,
    toBatch: (rows) => ({ entity: 'accounts', inputs: rows }),
  },
  {
    path: '/v1/events',
    tag: 'Events',
    summary: 'Record engagement events for people named by source id or email; repeats add nothing',
    key: 'events',
    item: ImportEvent,
    extra: { channel: z.string().min(1).max(200).optional() },
    toBatch: (rows, body) => ({
      entity: 'events',
      inputs: rows,
      channel: typeof body['channel'] === 'string' ? body['channel'] : 'api',
    }),
  },
  {
    path: '/v1/spend',
    tag: 'Spend',
    summary: 'Record marketing spend per channel and period; the same row again changes nothing',
    key: 'spend',
    item: ImportSpend,
    toBatch: (rows) => ({ entity: 'spend', inputs: rows }),
  },
  {
    path: '/v1/products/batch',
    tag: 'Products',
    summary: 'Import the product catalog, matched by product key; deals take the catalog spelling',
    key: 'products',
    item: ImportProduct,
    toBatch: (rows) => ({ entity: 'products', inputs: rows }),
  },
  {
    path: '/v1/team-members/batch',
    tag: 'Users',
    summary: 'Import a sales roster: users on teams, with their managers',
    key: 'members',
    item: ImportTeamMember,
    toBatch: (rows) => ({ entity: 'teams', inputs: rows }),
  },
  {
    path: '/v1/opportunities/batch',
    tag: 'Opportunities',
    summary: 'Import deals: linked to their lead, account, owner and catalog product',
    key: 'opportunities',
    item: ImportOpportunity,
    toBatch: (rows: readonly z.output<typeof ImportOpportunity>[]) => ({
      entity: 'opportunities',
      inputs: rows.map(toOpportunity),
    }),
  },
]

function batchRoute(app: OpenAPIHono<HttpEnv>, spec: BatchSpec): void {
  const route = createRoute({
    method: 'post',
    path: spec.path,
    tags: [spec.tag],
    summary: `${spec.summary} (up to ${maxRowsPerRequest} a request)`,
    description:
      'One outcome per row, in order; a row that cannot be used is rejected with a reason and a message saying how to fix it. Send an Idempotency-Key header to make retries safe.',
    request: {
      headers: z.object({ 'idempotency-key': z.string().optional() }),
      body: jsonBody(
        z.strictObject({
          [spec.key]: z.array(spec.item).min(1).max(maxRowsPerRequest),
          ...spec.extra,
        }),
      ),
    },
    responses: {
      200: jsonResponse(ImportResult, 'Every row with its outcome'),
      ...errorResponses(400, 401, 409, 413),
    },
  })
  app.openapi(route, async (c) => {
    const body: Body = c.req.valid('json')
    const rows = body[spec.key] as never[]
    const outcomes = await importBatch(c.var.ctx, spec.toBatch(rows, body))
    const results = outcomes.map((outcome, index) => ({ index, ...outcome }))
    const reply = { summary: summarizeOutcomes(outcomes), results }
    return c.json(reply as z.infer<typeof ImportResult>, 200)
  })
}

const recordRun = createRoute({
  method: 'post',
  path: '/v1/import-runs',
  tags: ['Reports'],
  summary: "Record a file import's counts for the data-quality report",
  request: { body: jsonBody(ImportRun) },
  responses: { 204: { description: 'Recorded' }, ...errorResponses(400, 401) },
})

/** The import endpoints: batches of accounts, events, spend, products, roster members and deals. */
export function importRoutes(app: OpenAPIHono<HttpEnv>): void {
  for (const spec of specs) batchRoute(app, spec)
  app.openapi(recordRun, async (c) => {
    const run = c.req.valid('json')
    await c.var.ctx.store.reports.recordImportRun({
      ...run,
      startedAt: new Date(run.startedAt),
      finishedAt: new Date(run.finishedAt),
    })
    return c.body(null, 204)
  })
}
