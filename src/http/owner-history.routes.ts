import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { ownerHistory, type OwnerSpell } from '../app/handoff/owner-history.ts'
import type { PersonId } from '../core/shared/index.ts'
import { errorResponses, IdParam, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

export const OwnerSpellBody = z
  .object({
    userId: z.string(),
    ownerEmail: z.string().nullable(),
    ownerName: z.string().nullable(),
    team: z.string(),
    pool: z.string().nullable(),
    rule: z.string().openapi({ description: 'The routing rule that chose the owner, or manual' }),
    reason: z.string(),
    at: z.string(),
    until: z.string().nullable().openapi({ description: 'When the next owner took over' }),
    actor: z.string(),
  })
  .openapi('OwnerSpell')

export const OwnerHistoryBody = z.object({ items: z.array(OwnerSpellBody) })

const toBody = (spell: OwnerSpell): z.infer<typeof OwnerSpellBody> => ({
  userId: spell.userId,
  ownerEmail: spell.ownerEmail,
  ownerName: spell.ownerName,
  team: spell.team,
  pool: spell.pool,
  rule: spell.rule,
  reason: spell.reason,
  at: spell.at.toISOString(),
  until: spell.until?.toISOString() ?? null,
  actor: spell.actor,
})

const route = createRoute({
  method: 'get',
  path: '/v1/people/{id}/owners',
  tags: ['Hand-off'],
  summary:
    "A person's owner history: each assignment, the rule that chose the owner, how long they held it",
  request: { params: IdParam },
  responses: {
    200: jsonResponse(OwnerHistoryBody, 'Oldest first'),
    ...errorResponses(400, 401, 403, 404),
  },
})

/** GET /v1/people/{id}/owners. */
export function ownerHistoryRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(route, async (c) => {
    const id = c.req.valid('param').id.toLowerCase() as PersonId
    return c.json({ items: (await ownerHistory(c.var.ctx, id)).map(toBody) }, 200)
  })
}
