import type { SlaClock } from '../sla/index.ts'
import { rateOf, type Rate } from './rate.ts'

/**
 * Where a clock stands at `now`: met or late once stopped, open past due (breached, still
 * waiting; the sweeper may not have marked it yet), running before its due time, or cancelled.
 */
export type ClockState = 'met' | 'late' | 'open_past_due' | 'running' | 'cancelled'

/** The state of one clock at `now`. */
export function clockStateAt(
  clock: Pick<SlaClock, 'outcome' | 'stoppedAt' | 'dueAt'>,
  now: Date,
): ClockState {
  if (clock.outcome === 'cancelled') return 'cancelled'
  if (clock.stoppedAt !== null) {
    if (clock.outcome !== null) return clock.outcome === 'met' ? 'met' : 'late'
    return clock.stoppedAt.getTime() <= clock.dueAt.getTime() ? 'met' : 'late'
  }
  if (clock.outcome === 'breached' || clock.dueAt.getTime() <= now.getTime()) return 'open_past_due'
  return 'running'
}

/** Clocks counted by state; `breached` is late plus open past due, and rates leave out the rest. */
export type ClockTally = {
  readonly clocks: number
  readonly met: number
  readonly breached: number
  readonly openPastDue: number
  readonly running: number
  readonly cancelled: number
  /** Met over met plus breached: clocks still running or cancelled are not decided yet. */
  readonly metShare: Rate
}

/** Counts clocks by their state at `now`; `emptyReason` explains a rate with nothing decided. */
export function tallyClocks(
  clocks: readonly SlaClock[],
  now: Date,
  emptyReason: string,
): ClockTally {
  const count: Record<ClockState, number> = {
    met: 0,
    late: 0,
    open_past_due: 0,
    running: 0,
    cancelled: 0,
  }
  for (const clock of clocks) count[clockStateAt(clock, now)] += 1
  const breached = count.late + count.open_past_due
  return {
    clocks: clocks.length,
    met: count.met,
    breached,
    openPastDue: count.open_past_due,
    running: count.running,
    cancelled: count.cancelled,
    metShare: rateOf(count.met, count.met + breached, emptyReason),
  }
}
