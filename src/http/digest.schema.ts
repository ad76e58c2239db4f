import { z } from '@hono/zod-openapi'
import { Rate } from './analytics.schema.ts'

export const DigestQuery = z.strictObject({
  to: z.string().optional().openapi({
    description: 'End of the week (exclusive), YYYY-MM-DD or ISO instant; default now',
  }),
})

export const DigestBody = z
  .object({
    from: z.string(),
    to: z.string(),
    kpis: z.array(
      z.object({
        name: z.string(),
        unit: z.enum(['count', 'cents', 'rate']),
        thisWeek: z.number().nullable(),
        lastWeek: z.number().nullable(),
        change: z.number().nullable(),
        changeShare: Rate.nullable(),
        goal: z.number().nullable(),
        status: z.enum(['met', 'below', 'no_goal', 'no_data']),
      }),
    ),
    topLeaks: z.array(z.string()),
    slaBreachesByTeam: z.array(
      z.object({
        key: z.string().nullable(),
        label: z.string().nullable(),
        decided: z.number().int(),
        breached: z.number().int(),
        share: Rate,
        byKind: z.record(z.string(), z.number().int()),
      }),
    ),
  })
  .openapi('Digest')
