import type { ClockOutcome, SlaClock } from './types.ts'

/** How a running clock ends at `at`: met when stopped by the due time, breached after it (or once marked). */
export function planClockStop(
  clock: Pick<SlaClock, 'dueAt' | 'outcome'>,
  at: Date,
): { readonly stoppedAt: Date; readonly outcome: ClockOutcome } {
  const breached = clock.outcome === 'breached' || at.getTime() > clock.dueAt.getTime()
  return { stoppedAt: at, outcome: breached ? 'breached' : 'met' }
}
