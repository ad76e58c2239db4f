import { closest, distance } from 'fastest-levenshtein'
import { z } from 'zod'
import {
  scoringEventTypes,
  scoringFields,
  type Predicate,
  type ScoreModel,
  type ScoringField,
} from '../../core/scoring/index.ts'
import {
  amount,
  describe,
  explain,
  fixSeparator,
  list,
  object,
  score,
  text,
} from '../document/explained-fields.ts'

// A word from a fixed list; a near miss ("page_view") is named with its likely correction.
function word<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => {
      if (issue.input === undefined) return undefined
      const got = describe(issue.input)
      const input = typeof issue.input === 'string' ? issue.input : ''
      const guess = input === '' ? '' : closest(input, [...values])
      const hint =
        guess !== '' && distance(input, guess) <= 3 ? `write "${guess}" (the closest) or ` : ''
      return `unknown ${what} ${got}${fixSeparator}${hint}use one of: ${values.join(', ')}`
    },
  })
}

const eventType = () => word(scoringEventTypes, 'event type')
const field = () => word(scoringFields as [ScoringField, ...ScoringField[]], 'field')

const ruleId = () =>
  text().regex(/^[A-Za-z0-9][\w-]*$/, {
    error: `a rule id is one word${fixSeparator}use letters, digits, "-" and "_", e.g. demo-request`,
  })

const points = () =>
  z.number({ error: explain((got) => `expected points, got ${got}`, 'write a number such as 10') })

const days = (what: string, example: number) =>
  z
    .number({
      error: explain(
        (got) => `expected ${what} in days above 0, got ${got}`,
        `write a number of days such as ${example}`,
      ),
    })
    .positive()

const fieldValue = () =>
  z.union([z.string(), z.number(), z.boolean()], {
    error: explain((got) => `expected text, a number or true/false, got ${got}`, 'write one value'),
  })

// One option per predicate op; an unknown op is named with the ops there are.
function union<
  const K extends string,
  T extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],
>(key: K, options: T, names: readonly string[]) {
  return z.discriminatedUnion(key, options, {
    error: (issue: { readonly input?: unknown }) =>
      typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)
        ? `unknown ${key} ${describe(Reflect.get(issue.input, key))}${fixSeparator}set ${key} to one of: ${names.join(', ')}`
        : explain((got) => `expected a mapping, got ${got}`, `write ${key}: and its keys`)(issue),
  })
}

const predicateOps = ['equals', 'in', 'contains', 'matches', 'range', 'exists', 'not', 'all', 'any']

const PredicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  union(
    'op',
    [
      object({ op: z.literal('equals'), field: field(), value: fieldValue() }),
      object({ op: z.literal('in'), field: field(), values: list(fieldValue(), 1) }),
      object({ op: z.literal('contains'), field: field(), value: text() }),
      object({ op: z.literal('matches'), field: field(), pattern: text() }),
      object({
        op: z.literal('range'),
        field: field(),
        atLeast: score().optional(),
        below: score().optional(),
      }),
      object({ op: z.literal('exists'), field: field() }),
      object({ op: z.literal('not'), predicate: PredicateSchema }),
      object({ op: z.literal('all'), predicates: list(PredicateSchema, 1) }),
      object({ op: z.literal('any'), predicates: list(PredicateSchema, 1) }),
    ],
    predicateOps,
  ),
)

const cap = () =>
  object({
    points: z
      .number({
        error: explain((got) => `expected cap points above 0, got ${got}`, 'write e.g. 30'),
      })
      .positive(),
    periodDays: days('a cap period', 7),
  })

const negativePoints = () =>
  z
    .number({
      error: explain(
        (got) => `a negative rule takes points away, so its points are below 0; got ${got}`,
        'write a negative number such as -40',
      ),
    })
    .negative()

const strength = () =>
  z
    .number({
      error: explain((got) => `expected a strength from 0 to 100, got ${got}`, 'write e.g. 70'),
    })
    .min(0)
    .max(100)

const band = () => object({ name: text(), atLeast: score().optional(), below: score().optional() })

const rule = { id: ruleId(), description: text().optional() }

/** A score-model file: strict (unknown keys are errors), every message says how to fix it. */
export const ScoreModelSchema = object({
  name: text(),
  version: z
    .int({ error: explain((got) => `expected a version 1 or above, got ${got}`, 'write e.g. 1') })
    .min(1),
  description: text().optional(),
  fit: list(object({ ...rule, when: PredicateSchema, points: points(), group: text().optional() })),
  engagement: list(
    object({
      ...rule,
      event: eventType(),
      urlPattern: text().optional(),
      points: points(),
      halfLifeDays: days('a half-life', 30).optional(),
      cap: cap().optional(),
    }),
  ),
  intent: list(
    object({
      ...rule,
      topic: text(),
      minStrength: strength(),
      points: points(),
      halfLifeDays: days('a half-life', 14).optional(),
      cap: cap().optional(),
    }),
  ),
  negative: list(
    union(
      'kind',
      [
        object({
          ...rule,
          kind: z.literal('field'),
          when: PredicateSchema,
          points: negativePoints(),
        }),
        object({
          ...rule,
          kind: z.literal('event'),
          event: eventType(),
          properties: z
            .record(z.string(), text(), {
              error: explain((got) => `expected a mapping, got ${got}`, 'write key: value pairs'),
            })
            .optional(),
          points: negativePoints(),
        }),
      ],
      ['field', 'event'],
    ),
  ),
  bands: object({ fit: list(band(), 1), engagement: list(band(), 1) }),
  accountRollUp: object({
    engagedAtLeast: score(),
    bonusPerEngagedPerson: amount(),
    maxBonus: amount(),
  }),
}) satisfies z.ZodType<ScoreModel>
