import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { erasePersonData } from '../app/privacy/erase-person-data.ts'
import { exportPersonData } from '../app/privacy/export-person-data.ts'
import { errorResponses, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const email = z.string().min(1).max(320).openapi({ example: 'ana@acme.com' })

const Rows = z.array(z.record(z.string(), z.unknown()))

const PersonDataExport = z
  .object({
    email: z.string(),
    exportedAt: z.string(),
    suppressed: z.boolean(),
    erasedAt: z.string().nullable(),
    people: Rows,
    accounts: Rows,
    activities: Rows,
    stageEvents: Rows,
    clocks: Rows,
    assignments: Rows,
    reviews: Rows,
    meetings: Rows,
    followUps: Rows,
    enrollments: Rows,
    visitors: Rows,
    experimentArms: Rows,
    opportunities: Rows,
    duplicateCandidates: Rows,
    auditLog: Rows,
  })
  .openapi('PersonDataExport')

const ErasureReceipt = z
  .object({
    emailHash: z.string().openapi({ description: 'SHA-256 of the canonical address, suppressed' }),
    personIds: z.array(z.string()),
    erasedAt: z.string(),
    counts: z.record(z.string(), z.number()),
  })
  .openapi('ErasureReceipt')

const tags = ['Privacy']

const routes = {
  export: createRoute({
    method: 'get',
    path: '/v1/privacy/export',
    tags,
    summary: 'Everything held about the person with this email, as JSON (admins)',
    request: { query: z.strictObject({ email }) },
    responses: {
      200: jsonResponse(PersonDataExport, 'The export'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  erase: createRoute({
    method: 'post',
    path: '/v1/privacy/erase',
    tags,
    summary:
      'Erase the person with this email: personal fields anonymized, stage history kept, the address suppressed (admins)',
    request: { body: jsonBody(z.strictObject({ email }).openapi('ErasureRequest')) },
    responses: {
      200: jsonResponse(ErasureReceipt, 'Erased'),
      ...errorResponses(400, 401, 403, 404, 413),
    },
  }),
}

/** /v1/privacy: subject access exports and erasure requests. */
export function privacyRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.export, async (c) => {
    const data = await exportPersonData(c.var.ctx, c.req.valid('query').email)
    return c.json(data as z.infer<typeof PersonDataExport>, 200)
  })
  app.openapi(routes.erase, async (c) => {
    const receipt = await erasePersonData(c.var.ctx, c.req.valid('json').email)
    return c.json({ ...receipt, personIds: [...receipt.personIds] }, 200)
  })
}
