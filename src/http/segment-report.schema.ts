import { z } from '@hono/zod-openapi'
import { paretoClasses } from '../core/analytics/index.ts'
import { Rate } from './analytics.schema.ts'
import { CostQuery } from './funnel.schema.ts'

export const SegmentReportQuery = CostQuery.extend({
  inactiveAfterDays: z.coerce.number().optional().openapi({
    description:
      'Days without activity before the period end that make a person inactive; default 180',
  }),
  limit: z.coerce
    .number()
    .optional()
    .openapi({ description: 'Customers and lost deals listed, 1..500; default 50' }),
})

export const SegmentReportBody = z
  .object({
    from: z.string(),
    to: z.string(),
    inactiveAfterDays: z.number().int(),
    universe: z.object({
      people: z.number().int(),
      accounts: z.number().int(),
      customers: z.number().int(),
    }),
    pareto: z.object({
      revenueCents: z.number(),
      classes: z.array(
        z.object({
          class: z.enum(paretoClasses),
          customers: z.number().int(),
          revenueCents: z.number(),
          share: Rate,
        }),
      ),
    }),
    customers: z.array(
      z.object({
        key: z.string(),
        name: z.string().nullable(),
        class: z.enum(paretoClasses),
        periodCents: z.number(),
        recencyDays: z.number().int(),
        wonDeals: z.number().int(),
        wonCents: z.number(),
        r: z.number().int(),
        f: z.number().int(),
        m: z.number().int(),
        rfm: z.string(),
      }),
    ),
    rfm: z.object({
      r: z.array(z.number().int()),
      f: z.array(z.number().int()),
      m: z.array(z.number().int()),
    }),
    activity: z.object({
      people: z.number().int(),
      active: z.number().int(),
      inactive: z.number().int(),
      neverEngaged: z.number().int(),
      activeShare: Rate,
    }),
    lost: z.object({
      count: z.number().int(),
      amountCents: z.number(),
      deals: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          customer: z.string().nullable(),
          amountCents: z.number(),
          closedAt: z.string(),
          reason: z.string().nullable(),
          owner: z.string().nullable(),
        }),
      ),
    }),
    icp: z.object({
      profiles: z.array(
        z.object({
          product: z.string(),
          accounts: z.number().int(),
          accountShare: Rate,
          customers: z.number().int(),
          customerShare: Rate,
        }),
      ),
      reason: z.string().optional(),
    }),
  })
  .openapi('SegmentReport')
