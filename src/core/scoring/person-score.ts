// What scoring reads (a person, their account, their events) and what it returns: a score whose
// contributions name every rule and event that added or took away points.

type Fact<T> = T | null | undefined

/** The person's facts fit rules look at; the caller derives seniority and function from the title. */
export type ScoringPerson = {
  readonly title?: Fact<string>
  readonly seniority?: Fact<string>
  readonly function?: Fact<string>
  readonly source?: Fact<string>
  readonly country?: Fact<string>
  readonly freeMail?: Fact<boolean>
  readonly emailDomain?: Fact<string>
}

/** The account's facts; `icpMatch` says whether it fits the agreement's ideal customer profile. */
export type ScoringAccount = {
  readonly industry?: Fact<string>
  readonly employeeCount?: Fact<number>
  readonly annualRevenueCents?: Fact<number>
  readonly country?: Fact<string>
  readonly domain?: Fact<string>
  readonly icpMatch?: Fact<boolean>
}

/** One engagement event; intent signals carry their topic and strength (0-100). */
export type ScoringEvent = {
  readonly id: string
  readonly type: string
  readonly occurredAt: Date
  readonly url?: string | null
  readonly properties?: Readonly<Record<string, string>>
  readonly intent?: { readonly topic: string; readonly strength: number }
}

/**
 * counted: all its points; partly_capped / capped: the rule's cap for the period took some / all of
 * them; future: the event is dated after `now` and earns nothing until then.
 */
export type ContributionStatus = 'counted' | 'partly_capped' | 'capped' | 'future'

export type ScoreComponent = 'fit' | 'engagement' | 'intent'

export type Contribution = {
  readonly component: ScoreComponent
  readonly ruleKind: 'fit' | 'engagement' | 'intent' | 'negative'
  readonly ruleId: string
  readonly eventId?: string
  readonly eventType?: string
  readonly occurredAt?: Date
  readonly ageDays?: number
  /** The rule's points for this fact or event. */
  readonly rawPoints: number
  /** What is left after the rule's cap, before decay. */
  readonly cappedPoints: number
  /** 0.5^(ageDays / halfLifeDays); 1 when the rule does not decay. */
  readonly decayFactor: number
  /** cappedPoints x decayFactor, rounded to 2 decimals so all contributions sum exactly to the total. */
  readonly points: number
  readonly status: ContributionStatus
}

export type PersonBand = {
  readonly fit: string
  readonly engagement: string
  /** Fit then engagement, e.g. "A1". */
  readonly name: string
}

/** total = fit + engagement + intent, to the cent, and the band they fall in. */
export type ScoreTotals = {
  readonly fit: number
  readonly engagement: number
  readonly intent: number
  readonly total: number
  readonly band: PersonBand
}

/** The totals with every contribution; each component is the sum of its contributions' points. */
export type PersonScore = ScoreTotals & { readonly contributions: readonly Contribution[] }
