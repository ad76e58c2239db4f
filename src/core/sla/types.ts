import type { BusinessCalendar, ClockKind } from '../agreement/index.ts'
import type { OpportunityId, PersonId, UserId } from '../shared/index.ts'

/** A team's or one person's calendar: the agreement's business calendar plus out-of-office spans. */
export type WorkCalendar = BusinessCalendar & {
  /** Instants (UTC) the person is away; `to` is exclusive. Overlapping spans are allowed. */
  readonly outOfOffice?: readonly { readonly from: Date; readonly to: Date }[]
}

/**
 * A business duration. `days` are whole working days (see addBusinessTime); `hours` and `minutes`
 * are working time and may be fractional. All parts are non-negative and at least one is positive.
 */
export type BusinessDuration = {
  readonly minutes?: number
  readonly hours?: number
  readonly days?: number
}

/** Working time of one local day as instants in epoch milliseconds, sorted, half-open [from, to). */
export type DaySpans = readonly { readonly from: number; readonly to: number }[]

export const clockOutcomes = ['met', 'breached', 'cancelled'] as const
export type ClockOutcome = (typeof clockOutcomes)[number]

/** A running or finished clock on a person (or opportunity), as stored. */
export type SlaClock = {
  readonly id: string
  readonly kind: ClockKind
  readonly personId: PersonId | null
  readonly opportunityId: OpportunityId | null
  /** The owner when the clock started; the sweeper acts on the person's owner at the time it fires. */
  readonly ownerId: UserId | null
  readonly priority: string | null
  readonly startedAt: Date
  readonly dueAt: Date
  readonly stoppedAt: Date | null
  /** Breached is set at the due time while the clock still runs; met or breached once stopped. */
  readonly outcome: ClockOutcome | null
  /** How many escalation steps have run. */
  readonly escalationLevel: number
  /** When the sweeper next looks at it (the breach, then each step); null once nothing is left. */
  readonly nextCheckAt: Date | null
  readonly agreementVersion: number | null
}
