import { z } from 'zod'
import {
  cadenceChannels,
  clockKinds,
  leadFields,
  teams,
  type Agreement,
} from '../../core/agreement/index.ts'
import { canonicalStages } from '../../core/funnel/index.ts'

/** Separates what is wrong from how to fix it in every message this schema writes. */
export const fixSeparator = ' — fix: '

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return typeof value === 'object' ? 'a mapping' : typeof value
}

// A missing key keeps zod's default message; parseAgreement words it as "missing key".
function explain(problem: (got: string) => string, fix: string) {
  return (issue: { readonly input?: unknown }): string | undefined =>
    issue.input === undefined ? undefined : `${problem(describe(issue.input))}${fixSeparator}${fix}`
}

function object<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ')
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}${fixSeparator}remove it or correct its spelling; allowed keys here: ${allowed}`
        : explain(
            (got) => `expected a mapping, got ${got}`,
            `write key: value pairs (${allowed})`,
          )(issue),
  })
}

function list<T extends z.ZodType>(item: T, min = 0) {
  const fix = 'write a list: [a, b] or one "- item" per line'
  return z
    .array(item, { error: explain((got) => `expected a list, got ${got}`, fix) })
    .min(min, { error: `the list is empty${fixSeparator}add at least ${min} item` })
}

const text = () =>
  z
    .string({
      error: explain(
        (got) => `expected text, got ${got}`,
        'write text, quoted if it looks like a number',
      ),
    })
    .regex(/\S/, {
      error: `blank text${fixSeparator}write a value, or leave out the key if it is optional`,
    })

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: explain((got) => `unknown ${what} ${got}`, `use one of: ${values.join(', ')}`),
  })

const stage = () => oneOf(canonicalStages, 'stage')

const count = () =>
  z
    .int({
      error: explain(
        (got) => `expected a whole number of 0 or more, got ${got}`,
        'write a whole number such as 3',
      ),
    })
    .min(0)

const amount = () =>
  z
    .number({
      error: explain(
        (got) => `expected a number of 0 or more, got ${got}`,
        'write a number such as 1 or 1.5',
      ),
    })
    .min(0)

const score = () =>
  z.number({ error: explain((got) => `expected a score, got ${got}`, 'write a number such as 60') })

const pct = () =>
  z
    .number({
      error: explain(
        (got) => `expected a percentage from 0 to 100, got ${got}`,
        'write a number from 0 to 100, without %',
      ),
    })
    .min(0)
    .max(100)

const date = () =>
  z.iso.date({
    error: explain(
      (got) => `${got} is not a date`,
      'write the date as YYYY-MM-DD, e.g. 2026-01-31',
    ),
  })

// "24:00" closes a period at midnight; it cannot open one.
const time = (endOfDay: boolean) =>
  z
    .string({
      error: explain(
        (got) => `${got} is not a time`,
        'write the time as HH:MM, e.g. 09:00 or 17:30',
      ),
    })
    .regex(endOfDay ? /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/ : /^(?:[01]\d|2[0-3]):[0-5]\d$/)

const boolean = () =>
  z.boolean({
    error: explain((got) => `expected true or false, got ${got}`, 'write true or false'),
  })

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

const calendarSchema = object({
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
  calendar: calendarSchema,
  cadences: list(
    object({
      name: text(),
      tier: text(),
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
    object({ kind: oneOf(clockKinds, 'clock kind'), startsOn: stage(), stopsOn: list(stage(), 1) }),
  ),
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
}) satisfies z.ZodType<Agreement>
