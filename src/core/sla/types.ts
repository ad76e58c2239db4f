import type { BusinessCalendar } from '../agreement/index.ts'

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
