import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { qualityReport } from '../app/reports/quality-report.ts'
import { errorResponses, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const QualityRow = z.object({
  source: z.string().nullable(),
  records: z.number().int(),
  badRecords: z.number().int(),
  badRecordRate: z.number(),
  issues: z.record(z.string(), z.number().int()),
  duplicatesFolded: z.number().int(),
  staleRecords: z.number().int(),
  staleRate: z.number(),
  spendCents: z.number().nullable(),
  costPerUsableRecordCents: z.number().nullable(),
})

const QualityReport = z
  .object({
    staleAfterMonths: z.number().int(),
    totals: z.object({
      records: z.number().int(),
      rejected: z.number().int(),
      badRecordRate: z.number(),
      duplicatesFolded: z.number().int(),
      staleRate: z.number(),
    }),
    rejectedByReason: z.record(z.string(), z.number().int()),
    bySource: z.array(QualityRow),
    pipeline: z.object({
      opportunities: z.number().int(),
      withoutAccount: z.number().int(),
      withoutAccountRate: z.number(),
      withoutOwner: z.number().int(),
      productNotInCatalog: z.number().int().nullable(),
    }),
  })
  .openapi('QualityReport')

const quality = createRoute({
  method: 'get',
  path: '/v1/reports/quality',
  tags: ['Reports'],
  summary:
    'Data quality: bad-record rate by reason and source, duplicates folded, cost per usable record, churn, unlinked deals',
  request: {
    query: z.strictObject({
      staleAfterMonths: z.coerce.number().int().min(1).max(120).default(12),
    }),
  },
  responses: { 200: jsonResponse(QualityReport, 'The report'), ...errorResponses(400, 401) },
})

/** GET /v1/reports/...: reports computed from stored facts. */
export function reportRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(quality, async (c) => {
    const report = await qualityReport(c.var.ctx, c.req.valid('query').staleAfterMonths)
    return c.json({ ...report, bySource: [...report.bySource] }, 200)
  })
}
