import type { CanonicalStage } from '../funnel/index.ts'
import type { ClockRule, ClockEscalation } from './clock-types.ts'
import type { Routing } from './routing-types.ts'

export * from './clock-types.ts'
export * from './routing-types.ts'

// The sales/marketing agreement as plain data: what both sides sign and what Baton enforces.
// Every number carries its unit in its name; "business" durations run on `calendar`.

export const sides = ['marketing', 'sales'] as const
export type Side = (typeof sides)[number]

/** Teams that own a stage: marketing nurtures, SDRs qualify, sales closes. */
export const teams = ['marketing', 'sdr', 'sales'] as const
export type Team = (typeof teams)[number]

export type FunnelStage = {
  readonly canonical: CanonicalStage
  /** The team's own name for the stage, e.g. "Conversation Lead" for mql. */
  readonly name: string
  readonly description?: string
  readonly ownerTeam: Team
}

export type Transition = {
  readonly from: CanonicalStage
  readonly to: readonly CanonicalStage[]
}

export type OpportunityStage = {
  readonly name: string
  readonly probabilityPct: number
  /** Set on the closing stages only. */
  readonly outcome?: 'won' | 'lost'
}

export type Funnel = {
  readonly stages: readonly FunnelStage[]
  readonly transitions: readonly Transition[]
  readonly opportunityStages: readonly OpportunityStage[]
}

export type Range = { readonly min?: number; readonly max?: number }

export type IdealCustomerProfile = {
  readonly product: string
  readonly account: {
    readonly industries?: readonly string[]
    readonly countries?: readonly string[]
    readonly regions?: readonly string[]
    readonly employeeCount?: Range
    readonly annualRevenueCents?: Range
    readonly notes?: string
  }
  readonly person: {
    readonly titles?: readonly string[]
    readonly functions?: readonly string[]
    readonly levels?: readonly string[]
  }
  /** Seed 004 asks for at least 25 of each; fewer is a warning, not an error. */
  readonly bestCustomers: readonly string[]
  readonly worstCustomers: readonly string[]
}

/** Fields a lead definition can require; name, company, website and area of interest always matter. */
export const leadFields = [
  'name',
  'company',
  'website',
  'area_of_interest',
  'email',
  'phone',
  'title',
  'geography',
  'explicit_desire_to_talk',
  'industry',
  'company_size',
  'budget',
  'authority',
  'need',
  'timeline',
] as const
export type LeadField = (typeof leadFields)[number]

export type Qualification =
  | { readonly framework: 'bant'; readonly minimumMet: number }
  | { readonly framework: 'meddic'; readonly minimumMet: number }
  | {
      readonly framework: 'checklist'
      readonly items: readonly string[]
      readonly minimumMet: number
    }

export type LeadDefinition = {
  readonly stage: CanonicalStage
  readonly requiredFields: readonly LeadField[]
  readonly optionalFields: readonly LeadField[]
  readonly unnecessaryFields: readonly LeadField[]
  /** Score at or above which a lead enters this stage (e.g. 60 for mql). */
  readonly scoreThreshold?: number
  readonly qualification?: Qualification
  /** Captured how: 'web_form' matters because BANT on a form is advised against (seed 004). */
  readonly capturedBy?: 'web_form' | 'sdr' | 'sales'
}

export type Scoring = {
  readonly description: string
  /** Total score at which a lead is handed to sales development. */
  readonly handoffScore: number
  readonly reviewEveryDays: number
}

export type ResponseTarget = {
  readonly priority: string
  readonly description?: string
  /** Minimum score for this priority; the highest priority whose threshold a lead meets applies. */
  readonly minScore?: number
  readonly withinBusinessHours: number
}

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof weekdays)[number]

/** "HH:MM" local times; `to` is after `from`. */
export type WorkingPeriod = { readonly from: string; readonly to: string }

export type BusinessCalendar = {
  /** IANA zone, e.g. America/New_York. */
  readonly timeZone: string
  readonly workingHours: Readonly<Partial<Record<Weekday, readonly WorkingPeriod[]>>>
  /** Public holidays by ISO country and optional region, as date-holidays knows them. */
  readonly holidays?: { readonly country: string; readonly region?: string }
  /** Extra closed days, YYYY-MM-DD. */
  readonly closedDays?: readonly string[]
}

export const cadenceChannels = [
  'email',
  'call',
  'voicemail',
  'social',
  'meeting',
  'direct_mail',
] as const
export type CadenceChannel = (typeof cadenceChannels)[number]

export type CadenceStep = {
  readonly channel: CadenceChannel
  /** Business days from the hand-off (day 0) to this touch; never before the step above. */
  readonly afterBusinessDays: number
}

/**
 * The follow-up touches an owner makes after a hand-off. A lead gets the first cadence of its
 * owner's team whose `priority` is the lead's first-response priority, else the first without one.
 */
export type Cadence = {
  readonly name: string
  /** Account tier the cadence is for, e.g. "A" for the highest potential. */
  readonly tier: string
  /** The response priority (a responseTargets priority) it is for; absent means any. */
  readonly priority?: string
  /** The team whose owners follow it; absent means sdr. */
  readonly team?: Exclude<Team, 'marketing'>
  readonly steps: readonly CadenceStep[]
}

export type ExitCriteria = {
  readonly recycleAcceptedUnqualifiedAfterDays: number
  readonly sdrTakeBackAfterBusinessDays: number
  readonly resolutionWithinBusinessDays: number
  readonly statusUpdateWithinBusinessDays: number
  /** Where rejected and expired leads go. */
  readonly recycleTo: 'nurture' | 'disqualified'
}

export type ReasonCode = {
  readonly code: string
  readonly label: string
  readonly noteRequired: boolean
  readonly description?: string
}

export type NurtureProgram = {
  readonly name: string
  readonly audience?: string
  /** Months after enrollment of each touch, increasing, e.g. [1, 3, 6, 9, 12]. */
  readonly touchMonths: readonly number[]
}

export type ConversionGoal = {
  readonly from: CanonicalStage
  readonly to: CanonicalStage
  readonly targetPct: number
}

export type ActivityGoal = {
  readonly team: Team
  readonly activity: string
  readonly perDay: number
}

export type Goals = {
  readonly conversions: readonly ConversionGoal[]
  readonly responseCompliancePct?: number
  readonly activities?: readonly ActivityGoal[]
}

/** How predictive scoring learns from outcomes; every field has a documented default. */
export type PredictivePolicy = {
  /** Positives and negatives (each) a model must have learned from before it may go live; default 50. */
  readonly minOutcomesPerClass?: number
  /** Days without engagement after which an open lead counts as unresponsive (a negative); default 90. */
  readonly unresponsiveAfterDays?: number
}

/** When the weekly digest goes out through the outbox: a weekday and local time in the calendar's zone. */
export type DigestSchedule = {
  readonly weekday: Weekday
  /** HH:MM, wall-clock time in the agreement calendar's time zone. */
  readonly at: string
  /** The outbox target the message is addressed to; webhooks subscribe to topic report.digest. */
  readonly target?: string
}

export type Signatory = { readonly name: string; readonly email: string; readonly title?: string }

export type Agreement = {
  readonly name: string
  readonly purpose: string
  readonly term: { readonly startsOn: string; readonly endsOn?: string }
  readonly funnel: Funnel
  readonly idealCustomerProfiles: readonly IdealCustomerProfile[]
  readonly leadDefinitions: readonly LeadDefinition[]
  readonly scoring: Scoring
  readonly responseTargets: readonly ResponseTarget[]
  readonly calendar: BusinessCalendar
  readonly cadences: readonly Cadence[]
  readonly exitCriteria: ExitCriteria
  readonly clocks: readonly ClockRule[]
  /** Escalation ladders per clock kind; a kind not listed gets `defaultEscalationSteps`. */
  readonly escalations?: readonly ClockEscalation[]
  readonly reasonCodes: readonly ReasonCode[]
  readonly nurturePrograms: readonly NurtureProgram[]
  readonly goals: Goals
  readonly responsibilities: Readonly<Record<Team, readonly string[]>>
  readonly review: { readonly firstReviewAfterDays: number; readonly thenEveryMonths: number }
  readonly signatories: Readonly<Record<Side, readonly Signatory[]>>
  /** Who receives each hand-off; absent means `defaultRouting` (default-routing.ts). */
  readonly routing?: Routing
  /** Predictive scoring policy; absent means the defaults. */
  readonly predictive?: PredictivePolicy
  /** The weekly digest for the sales and marketing meeting, sent through the outbox; absent: none. */
  readonly digest?: DigestSchedule
}

/** A located finding: where in the document, what is wrong, how to fix it. */
export type Finding = {
  readonly path: readonly (string | number)[]
  readonly message: string
  readonly fix: string
  /** 1-based position in the source file, when the finding came from parsing one. */
  readonly line?: number
  readonly column?: number
}

export type ValidationReport = {
  readonly errors: readonly Finding[]
  readonly warnings: readonly Finding[]
}
