import { z } from 'zod'
import {
  cadenceChannels,
  clockKinds,
  escalationActions,
  leadFields,
  routingDistributions,
  teams,
  weekdays,
  type Agreement,
} from '../../core/agreement/index.ts'
import { canonicalStages } from '../../core/funnel/index.ts'
import {
  amount,
  boolean,
  count,
  date,
  describe,
  explain,
  fixSeparator,
  list,
  object,
  oneOf,
  pct,
  score,
  text,
  time,
} from '../document/explained-fields.ts'

const stage = () => oneOf(canonicalStages, 'stage')

const range = () => object({ min: count().optional(), max: count().optional() })

const funnelSchema = object({
  stages: list(
    object({
      canonical: stage(),
      name: text(),
      description: text().optional(),
      ownerTeam: oneOf(teams, 'team'),
    }),
  ),
  transitions: list(object({ from: stage(), to: list(stage(), 1) })),
  opportunityStages: list(
    object({
      name: text(),
      probabilityPct: pct(),
      outcome: oneOf(['won', 'lost'], 'outcome').optional(),
    }),
  ),
})

const idealCustomerProfileSchema = object({
  product: text(),
  account: object({
    industries: list(text()).optional(),
    countries: list(text()).optional(),
    regions: list(text()).optional(),
    employeeCount: range().optional(),
    annualRevenueCents: range().optional(),
    notes: text().optional(),
  }),
  person: object({
    titles: list(text()).optional(),
    functions: list(text()).optional(),
    levels: list(text()).optional(),
  }),
  bestCustomers: list(text()),
  worstCustomers: list(text()),
})

const qualificationSchema = z.discriminatedUnion(
  'framework',
  [
    object({ framework: z.literal('bant'), minimumMet: count() }),
    object({ framework: z.literal('meddic'), minimumMet: count() }),
    object({ framework: z.literal('checklist'), items: list(text()), minimumMet: count() }),
  ],
  {
    // A mapping that matched no option names an unknown framework; anything else is not a mapping.
    error: (issue: { readonly input?: unknown }) =>
      typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)
        ? `unknown qualification framework ${describe(Reflect.get(issue.input, 'framework'))}${fixSeparator}set framework to bant, meddic or checklist`
        : explain(
            (got) => `expected a mapping, got ${got}`,
            'write framework: and minimumMet:',
          )(issue),
  },
)

const leadDefinitionSchema = object({
  stage: stage(),
  requiredFields: list(oneOf(leadFields, 'lead field')),
  optionalFields: list(oneOf(leadFields, 'lead field')),
  unnecessaryFields: list(oneOf(leadFields, 'lead field')),
  scoreThreshold: score().optional(),
  qualification: qualificationSchema.optional(),
  capturedBy: oneOf(['web_form', 'sdr', 'sales'], 'capture channel').optional(),
})

const periods = () => list(object({ from: time(false), to: time(true) })).optional()

export const CalendarSchema = object({
  timeZone: text(),
  workingHours: object({
    mon: periods(),
    tue: periods(),
    wed: periods(),
    thu: periods(),
    fri: periods(),
    sat: periods(),
    sun: periods(),
  }),
  holidays: object({
    country: z
      .string({
        error: explain(
          (got) => `${got} is not a country code`,
          'write a two-letter ISO country code such as US or DE',
        ),
      })
      .regex(/^[A-Za-z]{2}$/),
    region: text().optional(),
  }).optional(),
  closedDays: list(date()).optional(),
})

const routingRuleSchema = z.discriminatedUnion(
  'kind',
  [
    object({
      kind: z.literal('account_owner'),
      name: text(),
      team: oneOf(teams, 'team').optional(),
    }),
    object({
      kind: z.literal('territory'),
      name: text(),
      pool: text(),
      countries: list(text()).optional(),
      regions: list(text()).optional(),
      postalPrefixes: list(text()).optional(),
    }),
    object({
      kind: z.literal('segment'),
      name: text(),
      pool: text(),
      industries: list(text()).optional(),
      employeeCount: range().optional(),
      products: list(text()).optional(),
    }),
    object({ kind: z.literal('pool'), name: text(), pool: text() }),
  ],
  {
    error: (issue: { readonly input?: unknown }) =>
      typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)
        ? `unknown routing rule kind ${describe(Reflect.get(issue.input, 'kind'))}${fixSeparator}set kind to account_owner, territory, segment or pool`
        : explain((got) => `expected a mapping, got ${got}`, 'write kind:, name: and pool:')(issue),
  },
)

const routingSchema = object({
  pools: list(
    object({
      name: text(),
      team: oneOf(teams, 'team'),
      distribution: oneOf(routingDistributions, 'distribution'),
      description: text().optional(),
    }),
    1,
  ),
  rules: list(routingRuleSchema, 1),
})

const signatorySchema = object({
  name: text(),
  email: z.email({
    error: explain(
      (got) => `${got} is not an email address`,
      'write an address such as maria@acme.com',
    ),
  }),
  title: text().optional(),
})

/** The whole agreement document: strict (unknown keys are errors), every message says how to fix it. */
export const AgreementSchema = object({
  name: text(),
  purpose: text(),
  term: object({ startsOn: date(), endsOn: date().optional() }),
  funnel: funnelSchema,
  idealCustomerProfiles: list(idealCustomerProfileSchema),
  leadDefinitions: list(leadDefinitionSchema),
  scoring: object({ description: text(), handoffScore: score(), reviewEveryDays: count() }),
  responseTargets: list(
    object({
      priority: text(),
      description: text().optional(),
      minScore: score().optional(),
      withinBusinessHours: amount(),
    }),
  ),
  calendar: CalendarSchema,
  cadences: list(
    object({
      name: text(),
      tier: text(),
      priority: text().optional(),
      team: oneOf(['sdr', 'sales'], 'team').optional(),
      steps: list(
        object({ channel: oneOf(cadenceChannels, 'channel'), afterBusinessDays: count() }),
        1,
      ),
    }),
  ),
  exitCriteria: object({
    recycleAcceptedUnqualifiedAfterDays: count(),
    sdrTakeBackAfterBusinessDays: count(),
    resolutionWithinBusinessDays: count(),
    statusUpdateWithinBusinessDays: count(),
    recycleTo: oneOf(['nurture', 'disqualified'], 'recycle stage'),
  }),
  clocks: list(
    object({
      kind: oneOf(clockKinds, 'clock kind'),
      startsOn: stage(),
      stopsOn: list(stage(), 1),
      stopsOnActivities: list(text()).optional(),
    }),
  ),
  escalations: list(
    object({
      clock: oneOf(clockKinds, 'clock kind'),
      steps: list(
        object({
          afterBusinessMinutes: count(),
          action: oneOf(escalationActions, 'escalation action'),
          reasonCode: text().optional(),
        }),
        1,
      ),
    }),
  ).optional(),
  reasonCodes: list(
    object({
      code: text(),
      label: text(),
      noteRequired: boolean(),
      description: text().optional(),
    }),
  ),
  nurturePrograms: list(
    object({ name: text(), audience: text().optional(), touchMonths: list(count(), 1) }),
  ),
  goals: object({
    conversions: list(object({ from: stage(), to: stage(), targetPct: pct() })),
    responseCompliancePct: pct().optional(),
    activities: list(
      object({ team: oneOf(teams, 'team'), activity: text(), perDay: amount() }),
    ).optional(),
  }),
  responsibilities: object({ marketing: list(text()), sdr: list(text()), sales: list(text()) }),
  review: object({ firstReviewAfterDays: count(), thenEveryMonths: count() }),
  signatories: object({ marketing: list(signatorySchema), sales: list(signatorySchema) }),
  routing: routingSchema.optional(),
  predictive: object({
    minOutcomesPerClass: count().optional(),
    unresponsiveAfterDays: count().optional(),
  }).optional(),
  digest: object({
    weekday: oneOf(weekdays, 'weekday'),
    at: time(false),
    target: text().optional(),
  }).optional(),
}) satisfies z.ZodType<Agreement>
