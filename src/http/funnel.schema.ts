import { z } from '@hono/zod-openapi'

const Rate = z.object({ value: z.number().nullable(), reason: z.string().optional() })

const FunnelGroup = z.object({
  group: z.string().nullable(),
  entered: z.array(z.object({ stage: z.string(), subjects: z.number().int() })),
  conversions: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      cohort: z.number().int(),
      reached: z.number().int(),
      rate: Rate,
    }),
  ),
})

const period = {
  from: z.string().openapi({ example: '2024-01-01T00:00:00.000Z' }),
  to: z.string(),
  by: z.string().nullable(),
}

export const FunnelReportBody = z
  .object({ ...period, total: FunnelGroup, groups: z.array(FunnelGroup) })
  .openapi('FunnelReport')

const VelocityGroup = z.object({
  group: z.string().nullable(),
  pairs: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      moved: z.number().int(),
      backwards: z.number().int(),
      medianDays: z.number().nullable(),
      p75Days: z.number().nullable(),
      p90Days: z.number().nullable(),
      reason: z.string().optional(),
    }),
  ),
})

export const VelocityReportBody = z
  .object({ ...period, total: VelocityGroup, groups: z.array(VelocityGroup) })
  .openapi('VelocityReport')

/** ?from=&to=&by= as every period report takes them. */
export const PeriodQuery = z.strictObject({
  from: z
    .string()
    .optional()
    .openapi({ description: 'YYYY-MM-DD (midnight UTC) or ISO instant; inclusive' }),
  to: z
    .string()
    .optional()
    .openapi({ description: 'YYYY-MM-DD or ISO instant; exclusive; default now' }),
  by: z.string().optional().openapi({
    description: 'source (origin, channel), owner, country, cohort or agreement_version',
  }),
})
