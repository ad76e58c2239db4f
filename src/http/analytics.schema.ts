import { z } from '@hono/zod-openapi'
import { PeriodQuery } from './funnel.schema.ts'

export const Rate = z.object({ value: z.number().nullable(), reason: z.string().optional() })

export const period = {
  from: z.string().openapi({ example: '2024-01-01T00:00:00.000Z' }),
  to: z.string(),
  by: z.string().nullable(),
}

const CustomerGroup = z.object({
  group: z.string().nullable(),
  customers: z.number().int(),
  newCustomers: z.number().int(),
  lifetimeValue: z.object({
    averageCents: z.number().nullable(),
    medianCents: z.number().nullable(),
    reason: z.string().optional(),
  }),
  revenue: z.object({
    wonDeals: z.number().int(),
    newCents: z.number(),
    expansionCents: z.number(),
    renewalCents: z.number(),
    totalCents: z.number(),
    existingShare: Rate,
  }),
})

export const CustomerReportBody = z
  .object({
    ...period,
    total: CustomerGroup,
    groups: z.array(CustomerGroup),
    market: z.object({
      marketCents: z.number().nullable(),
      coveredDays: z.number().int(),
      periodDays: z.number().int(),
      share: Rate,
    }),
  })
  .openapi('CustomerReport')

const Reach = z.object({
  opportunities: z.number().int(),
  amountCents: z.number(),
  sourcedOpportunities: z.number().int(),
  sourcedCents: z.number(),
  influencedOpportunities: z.number().int(),
  influencedCents: z.number(),
  sourcedShare: Rate,
  influencedShare: Rate,
  untouchedCents: z.number(),
})

const AttributionRows = z.array(
  z.object({
    channel: z.string(),
    pipelineCents: z.number(),
    pipelineShare: Rate,
    revenueCents: z.number(),
    revenueShare: Rate,
  }),
)

export const AttributionReportBody = z
  .object({
    from: z.string(),
    to: z.string(),
    weights: z.object({
      first: z.number(),
      lead: z.number(),
      opportunity: z.number(),
      between: z.number(),
    }),
    pipeline: Reach,
    revenue: Reach,
    models: z.object({
      firstTouch: AttributionRows,
      lastTouch: AttributionRows,
      linear: AttributionRows,
      wShaped: AttributionRows,
    }),
  })
  .openapi('AttributionReport')

export const LeakReportBody = z
  .object({
    ...period,
    averageDealCents: z.number().nullable(),
    leaks: z.array(
      z.object({
        kind: z.enum(['conversion', 'response']),
        group: z.string().nullable(),
        from: z.string().nullable(),
        to: z.string().nullable(),
        actual: z.number(),
        targetPct: z.number(),
        basis: z.enum(['agreement', 'benchmark']),
        missing: z.number().int(),
        downstream: Rate,
        revenueLostCents: z.number().nullable(),
        reason: z.string().optional(),
        sentence: z.string(),
      }),
    ),
    unchecked: z.array(z.object({ goal: z.string(), reason: z.string() })),
  })
  .openapi('LeakReport')

export const DealSplitQuery = PeriodQuery.extend({
  by: z.string().optional().openapi({ description: 'product, owner or cohort' }),
})

export const MarketSizeBody = z
  .object({
    periodStart: z.string().openapi({ example: '2024-01-01' }),
    periodEnd: z.string().openapi({ example: '2024-03-31' }),
    amountCents: z.number().int(),
    currency: z.string(),
    note: z.string().nullable(),
  })
  .openapi('MarketSize')

export const MarketSizeWrite = z.strictObject({
  amountCents: z.number().int().openapi({ description: "The market's total sales, in cents" }),
  currency: z.string().optional().openapi({ description: 'ISO 4217 code; default USD' }),
  note: z.string().max(500).optional().openapi({ description: 'Where the figure comes from' }),
})

export const PeriodParam = z.object({
  period: z
    .string()
    .max(40)
    .openapi({ param: { name: 'period', in: 'path' }, example: '2024-Q1' }),
})
