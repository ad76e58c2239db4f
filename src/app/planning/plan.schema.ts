import { z } from 'zod'
import { planSources, planStages, rateNames } from '../../core/planning/index.ts'
import {
  amount,
  count,
  date,
  explain,
  fixSeparator,
  list,
  object,
  oneOf,
  text,
} from '../document/explained-fields.ts'
import { toPlanPeriod } from './plan-period.ts'

const share = () =>
  z
    .number({
      error: explain(
        (got) => `expected a share from 0 to 1, got ${got}`,
        'write a share such as 0.9 for 90%',
      ),
    })
    .min(0, { error: `a share cannot be below 0${fixSeparator}write a share from 0 to 1` })
    .max(1, { error: `a share cannot be above 1${fixSeparator}write 0.9 for 90%` })

const positive = () =>
  amount().positive({ error: `must be above 0${fixSeparator}write a number above 0` })

const cents = () =>
  count().positive({
    error: `must be above 0 cents${fixSeparator}write cents: 2500000 for $25,000`,
  })

// A conversion is checked here as a number only: a zero or over-1 rate is refused with the plan's
// own message (naming the channel and the rate) when the funnel is computed.
const rates = object(
  Object.fromEntries(rateNames.map((rate) => [rate, z.number().optional()])) as Record<
    (typeof rateNames)[number],
    z.ZodOptional<z.ZodNumber>
  >,
)
const lags = object(
  Object.fromEntries(rateNames.map((rate) => [rate, amount().optional()])) as Record<
    (typeof rateNames)[number],
    z.ZodOptional<ReturnType<typeof amount>>
  >,
)

const period = z.union(
  [
    text().transform((value, ctx) => {
      const parsed = toPlanPeriod(value)
      if (parsed === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `"${value}" is not a period${fixSeparator}write 2027, 2027-Q1, 2027-H1, 2027-03 or { start: 2027-01-01, end: 2027-03-31 }`,
        })
        return z.NEVER
      }
      return parsed
    }),
    object({ start: date(), end: date() }).refine((p) => p.end >= p.start, {
      message: `the period ends before it starts${fixSeparator}give an end on or after the start`,
    }),
  ],
  {
    error: `expected a period${fixSeparator}write 2027-Q1 or { start: 2027-01-01, end: 2027-03-31 }`,
  },
)

const mix = z.record(z.string(), share())

export const PlanChannelSchema = object({
  name: text(),
  source: oneOf(planSources, 'source'),
  entryStage: oneOf(planStages, 'stage').default('inquiry'),
  leadSource: text().optional(),
  rates: rates.default({}),
  lagDays: lags.default({}),
  averageDealCents: cents().optional(),
  costPerInquiryCents: count().optional(),
})

export const SalesModelSchema = object({
  name: text(),
  qualifyRate: object({ low: share(), high: share() }),
  work: list(
    object({ team: text(), per: oneOf(['inquiry', 'qualified'], 'unit'), hours: amount() }),
    1,
  ),
})

export const TeamSchema = object({
  team: text(),
  people: positive(),
  hoursPerDay: positive(),
  daysPerWeek: positive().default(5),
  activities: list(
    object({
      stage: oneOf(planStages, 'stage'),
      perDay: positive(),
      sources: list(oneOf(planSources, 'source')).optional(),
    }),
    1,
  ),
})

/** A plan file: channels with their rates, revenue targets per period and segment, and checks. */
export const PlanDocumentSchema = object({
  name: text(),
  history: object({ months: count().min(1).max(60), minSample: count().default(30) }).optional(),
  drift: object({ tolerance: share().default(0.2), minSample: count().default(30) }).default({
    tolerance: 0.2,
    minSample: 30,
  }),
  channels: list(PlanChannelSchema, 1),
  mix: mix.optional(),
  targets: list(
    object({
      name: text(),
      period,
      segment: z.record(z.string(), text()).default({}),
      revenueCents: cents(),
      mix: mix.optional(),
    }),
    1,
  ),
  salesModels: list(SalesModelSchema).default([]),
  capacity: list(TeamSchema).default([]),
})

export type PlanDocument = z.infer<typeof PlanDocumentSchema>
export type PlanDocumentInput = z.input<typeof PlanDocumentSchema>
