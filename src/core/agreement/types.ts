import type { CanonicalStage } from '../funnel/index.ts'

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

export const clockKinds = [
  'first_response',
  'takeback',
  'resolution',
  'status_update',
  'recycle',
] as const
export type ClockKind = (typeof clockKinds)[number]

/** A response clock: runs from entering `startsOn` until the subject enters one of `stopsOn`. */
export type ClockRule = {
  readonly kind: ClockKind
  readonly startsOn: CanonicalStage
  readonly stopsOn: readonly CanonicalStage[]
  /**
   * Activity types that also stop the clock when recorded for the person (the owner's touch).
   * Default for first_response: call, email_sent, meeting_held (held, not booked); others none.
   */
  readonly stopsOnActivities?: readonly string[]
}

/** What a step of the escalation ladder does when its time comes. */
export const escalationActions = ['remind_owner', 'notify_manager', 'take_back', 'recycle'] as const
export type EscalationAction = (typeof escalationActions)[number]

export type EscalationStep = {
  /** Business minutes after the clock's due time (0 = at the breach); steps run in order. */
  readonly afterBusinessMinutes: number
  readonly action: EscalationAction
  /** For recycle: the reason code the stage event records (one of reasonCodes). */
  readonly reasonCode?: string
}

/** The ordered ladder a breached clock of one kind climbs, one step at a time. */
export type ClockEscalation = {
  readonly clock: ClockKind
  readonly steps: readonly EscalationStep[]
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

export const routingDistributions = ['round_robin', 'weighted', 'least_loaded'] as const
/** How a pool shares leads: in turn, in proportion to weights, or to whoever holds fewest open leads. */
export type RoutingDistribution = (typeof routingDistributions)[number]

/** A named group of users who share one team's hand-offs; members and weights are workspace data. */
export type RoutingPool = {
  readonly name: string
  readonly team: Team
  readonly distribution: RoutingDistribution
  readonly description?: string
}

/** A rule of the routing ladder; the first rule that names an eligible owner wins. */
export type RoutingRule =
  | {
      readonly kind: 'account_owner'
      readonly name: string
      /** Only for hand-offs to this team; absent means every hand-off. */
      readonly team?: Team
    }
  | {
      readonly kind: 'territory'
      readonly name: string
      readonly pool: string
      /** ISO country codes; a lead matches when its country is listed (and so for the others). */
      readonly countries?: readonly string[]
      readonly regions?: readonly string[]
      /** Postal code prefixes, e.g. "10" for 10xxx; compared without spaces, case-insensitively. */
      readonly postalPrefixes?: readonly string[]
    }
  | {
      readonly kind: 'segment'
      readonly name: string
      readonly pool: string
      readonly industries?: readonly string[]
      readonly employeeCount?: Range
      readonly products?: readonly string[]
    }
  | { readonly kind: 'pool'; readonly name: string; readonly pool: string }

export type RoutingRuleKind = RoutingRule['kind']

/** Who receives a hand-off: pools and the ordered rules that choose one. */
export type Routing = {
  readonly pools: readonly RoutingPool[]
  readonly rules: readonly RoutingRule[]
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
