import { z } from '@hono/zod-openapi'
import { Rate, period } from './analytics.schema.ts'
import { PeriodQuery } from './funnel.schema.ts'

const ClockTally = {
  clocks: z.number().int(),
  met: z.number().int(),
  breached: z.number().int().openapi({ description: 'Stopped late, or still open past due' }),
  openPastDue: z.number().int(),
  running: z.number().int(),
  cancelled: z.number().int(),
  metShare: Rate,
}

const SlaGroup = z.object({
  group: z.string().nullable(),
  label: z.string().nullable(),
  response: z.object({
    total: z.object(ClockTally),
    byPriority: z.array(z.object({ priority: z.string().nullable(), ...ClockTally })),
  }),
  resolution: z.object({ ...ClockTally, unresolvedShare: Rate }),
  statusUpdate: z.object({
    ...ClockTally,
    elapsed: z.object({
      unit: z.enum(['business_minutes', 'calendar_minutes']),
      updates: z.number().int(),
      medianMinutes: z.number().nullable(),
      p90Minutes: z.number().nullable(),
      reason: z.string().optional(),
    }),
  }),
  escalations: z.array(
    z.object({
      kind: z.string(),
      step: z.number().int(),
      action: z.string().nullable(),
      clocks: z.number().int(),
    }),
  ),
  breaches: z.object({ decided: z.number().int(), breached: z.number().int(), share: Rate }),
})

const BreachRow = z.object({
  key: z.string().nullable(),
  label: z.string().nullable(),
  decided: z.number().int(),
  breached: z.number().int(),
  share: Rate,
  byKind: z.record(z.string(), z.number().int()),
})

export const SlaReportBody = z
  .object({
    ...period,
    asOf: z.string(),
    resolutionStage: z.string().nullable(),
    total: SlaGroup,
    groups: z.array(SlaGroup),
    breaches: z.object({ byOwner: z.array(BreachRow), byTeam: z.array(BreachRow) }),
  })
  .openapi('SlaReport')

export const SlaQuery = PeriodQuery.extend({
  by: z.string().optional().openapi({ description: 'owner, team or priority' }),
})
