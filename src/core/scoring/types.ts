// A scoring model as plain, versioned data: which facts and which events earn points, how points
// decay and are capped, how scores are banded and how people roll up to their account. Every number
// here is policy and comes from a model file (see presets/score-models/), never from code.

/** Events a model can score: the seeds' hand-raiser methods and engagement (seeds 000, 001). */
export const scoringEventTypes = [
  'form_fill',
  'contact_us',
  'content_download',
  'webinar_registered',
  'webinar_attended',
  'email_open',
  'email_click',
  'email_reply',
  'page_visit',
  'pricing_page_visit',
  'demo_request',
  'call_in',
  'paid_search_click',
  'event_badge_scan',
  'intent_signal',
  'unsubscribe',
  'bounce',
] as const
export type ScoringEventType = (typeof scoringEventTypes)[number]

/** What a fit rule can look at on the person. */
export const personFields = [
  'title',
  'seniority',
  'function',
  'source',
  'country',
  'freeMail',
  'emailDomain',
] as const
/** What a fit rule can look at on the person's account; icpMatch is decided by the caller. */
export const accountFields = [
  'industry',
  'employeeCount',
  'annualRevenueCents',
  'country',
  'domain',
  'icpMatch',
] as const
export const scoringFields = [
  ...personFields.map((field) => `person.${field}` as const),
  ...accountFields.map((field) => `account.${field}` as const),
]
export type ScoringField =
  `person.${(typeof personFields)[number]}` | `account.${(typeof accountFields)[number]}`

export type FieldValue = string | number | boolean

/**
 * A test on person and account facts. Text compares trimmed and case-insensitive, `matches` is a
 * case-insensitive regular expression, `range` is `atLeast <= value < below`. A missing fact fails
 * every test but `not`.
 */
export type Predicate =
  | { readonly op: 'equals'; readonly field: ScoringField; readonly value: FieldValue }
  | { readonly op: 'in'; readonly field: ScoringField; readonly values: readonly FieldValue[] }
  | { readonly op: 'contains'; readonly field: ScoringField; readonly value: string }
  | { readonly op: 'matches'; readonly field: ScoringField; readonly pattern: string }
  | {
      readonly op: 'range'
      readonly field: ScoringField
      readonly atLeast?: number
      readonly below?: number
    }
  | { readonly op: 'exists'; readonly field: ScoringField }
  | { readonly op: 'not'; readonly predicate: Predicate }
  | { readonly op: 'all'; readonly predicates: readonly Predicate[] }
  | { readonly op: 'any'; readonly predicates: readonly Predicate[] }

/** At most `points` (before decay) from one rule within any `periodDays`-long window. */
export type Cap = { readonly points: number; readonly periodDays: number }

type RuleBase = { readonly id: string; readonly description?: string; readonly points: number }

/** Every matching fit rule adds its points (may be negative); within a `group` only the first listed match counts. */
export type FitRule = RuleBase & { readonly when: Predicate; readonly group?: string }

/**
 * Points for each event of a type (and URL, when `urlPattern` is set). An event is scored by the
 * first engagement rule that matches it, so list specific rules (the pricing page) before general
 * ones (any page). Without `halfLifeDays` points do not decay.
 */
export type EngagementRule = RuleBase & {
  readonly event: ScoringEventType
  readonly urlPattern?: string
  readonly halfLifeDays?: number
  readonly cap?: Cap
}

/** Points for an intent signal on a topic ("*" for any) at or above a strength (0-100); first match counts. */
export type IntentRule = RuleBase & {
  readonly topic: string
  readonly minStrength: number
  readonly halfLifeDays?: number
  readonly cap?: Cap
}

/**
 * Points taken away (negative) for a fact (competitor domain, student title) or, once and without
 * decay, for having any event of a type whose properties match (unsubscribe, hard bounce).
 */
export type NegativeRule = RuleBase &
  (
    | { readonly kind: 'field'; readonly when: Predicate }
    | {
        readonly kind: 'event'
        readonly event: ScoringEventType
        readonly properties?: Readonly<Record<string, string>>
      }
  )

/** One band of a score: `atLeast <= points < below`; open ends reach infinity. */
export type Band = { readonly name: string; readonly atLeast?: number; readonly below?: number }

/** Fit bands (e.g. A-D) times engagement bands (e.g. 1-4) make a band such as "A1". */
export type ScoreBands = { readonly fit: readonly Band[]; readonly engagement: readonly Band[] }

/**
 * Account score = the best person's total + `bonusPerEngagedPerson` for every further person whose
 * total is at least `engagedAtLeast`, the bonus capped at `maxBonus`.
 */
export type AccountRollUpPolicy = {
  readonly engagedAtLeast: number
  readonly bonusPerEngagedPerson: number
  readonly maxBonus: number
}

export type ScoreModel = {
  readonly name: string
  readonly version: number
  readonly description?: string
  readonly fit: readonly FitRule[]
  readonly engagement: readonly EngagementRule[]
  readonly intent: readonly IntentRule[]
  readonly negative: readonly NegativeRule[]
  readonly bands: ScoreBands
  readonly accountRollUp: AccountRollUpPolicy
}
