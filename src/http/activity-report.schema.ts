import { z } from '@hono/zod-openapi'
import { teams } from '../core/agreement/index.ts'
import { Rate } from './analytics.schema.ts'

export const ActivityReportBody = z
  .object({
    from: z.string(),
    to: z.string(),
    workingDays: z.number().int(),
    goals: z.array(
      z.object({
        team: z.enum(teams),
        activity: z.string(),
        perDay: z.number(),
        expectedPerRep: z.number(),
        reps: z.array(
          z.object({
            userId: z.string(),
            name: z.string(),
            actual: z.number().int(),
            perDay: z.number().nullable(),
            attainment: Rate,
          }),
        ),
        unattributed: z.number().int(),
      }),
    ),
    reason: z.string().optional(),
  })
  .openapi('ActivityReport')
