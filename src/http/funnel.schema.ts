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
      business: z
        .object({
          medianHours: z.number().nullable(),
          p75Hours: z.number().nullable(),
          p90Hours: z.number().nullable(),
        })
        .optional()
        .openapi({ description: 'Working hours on the agreement calendar, with ?time=business' }),
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
    description:
      'source (origin, channel), owner, country, cohort, agreement_version or week (ISO)',
  }),
})

const PipelineGroup = z.object({
  group: z.string().nullable(),
  stages: z.array(
    z.object({
      stage: z.string(),
      status: z.enum(['open', 'won', 'lost']),
      deals: z.number().int(),
      amountCents: z.number(),
      silentDeals: z.number().int(),
      probability: z.number().nullable(),
      weightedCents: z.number().nullable(),
    }),
  ),
  created: z.object({ deals: z.number().int(), amountCents: z.number() }),
  openCents: z.number(),
  weightedOpenCents: z.number().nullable(),
  unweightedStages: z.array(z.string()),
  won: z.number().int(),
  lost: z.number().int(),
  wonAmountCents: z.number(),
  winRate: Rate,
  averageDealCents: z.number().nullable(),
  salesCycleDays: z.object({
    median: z.number().nullable(),
    p75: z.number().nullable(),
    p90: z.number().nullable(),
  }),
})

export const PipelineReportBody = z
  .object({
    ...period,
    silentAfterDays: z.number().int(),
    total: PipelineGroup,
    groups: z.array(PipelineGroup),
  })
  .openapi('PipelineReport')

export const PipelineQuery = PeriodQuery.extend({
  by: z.string().optional().openapi({ description: 'product, owner, cohort or source' }),
  silentAfterDays: z.coerce
    .number()
    .int()
    .optional()
    .openapi({ description: 'days without a stage move after which an open deal is silent (90)' }),
})

const UnitCost = z.object({ cents: z.number().nullable(), reason: z.string().optional() })

const CostRow = z.object({
  channel: z.string().nullable(),
  spendCents: z.number(),
  inquiries: z.number().int(),
  mqls: z.number().int(),
  opportunities: z.number().int(),
  customers: z.number().int(),
  perInquiry: UnitCost,
  perMql: UnitCost,
  perOpportunity: UnitCost,
  perCustomer: UnitCost,
})

export const CostReportBody = z
  .object({
    from: z.string(),
    to: z.string(),
    salesChannel: z.string(),
    marketingSpendCents: z.number(),
    salesSpendCents: z.number(),
    total: CostRow,
    byChannel: z.array(CostRow),
  })
  .openapi('CostReport')

export const CostQuery = PeriodQuery.omit({ by: true })

export const DispositionReportBody = z
  .object({
    from: z.string(),
    to: z.string(),
    withoutKnownReason: z.number().int(),
    stages: z.array(
      z.object({
        stage: z.string(),
        moves: z.number().int(),
        reasons: z.array(
          z.object({
            reasonCode: z.string().nullable(),
            label: z.string().nullable(),
            moves: z.number().int(),
            share: Rate,
            bySource: z.array(z.object({ source: z.string().nullable(), moves: z.number().int() })),
            notes: z.array(z.string()),
          }),
        ),
      }),
    ),
  })
  .openapi('DispositionReport')

/** The velocity report's query: a period, a split, and which clock to read. */
export const VelocityQuery = PeriodQuery.extend({
  time: z.enum(['calendar', 'business']).optional().openapi({
    description: 'calendar (default) or business: also working hours on the agreement calendar',
  }),
})
