import type { EscalationStep } from '../agreement/index.ts'
import { addBusinessTime } from './add-business-time.ts'
import type { SlaClock, WorkCalendar } from './types.ts'

/** What the sweeper does to one due clock in one transaction: at most one step, then when to look again. */
export type EscalationPlan = {
  /** True when this check finds the clock past due for the first time. */
  readonly breach: boolean
  readonly step: EscalationStep | undefined
  readonly escalationLevel: number
  readonly nextCheckAt: Date | null
}

function stepTime(calendar: WorkCalendar, dueAt: Date, step: EscalationStep): Date {
  if (step.afterBusinessMinutes === 0) return dueAt
  return addBusinessTime(calendar, dueAt, { minutes: step.afterBusinessMinutes })
}

/**
 * Plans one sweep of a running clock at `now`: past due marks the breach; the next ladder step
 * (level = steps already run) runs when its time, in business minutes after due, has come; the
 * clock is looked at again at the following step's time, or never once the ladder is done.
 */
export function planEscalation(
  clock: Pick<SlaClock, 'dueAt' | 'outcome' | 'escalationLevel'>,
  steps: readonly EscalationStep[],
  context: { readonly calendar: WorkCalendar; readonly now: Date },
): EscalationPlan {
  const { calendar, now } = context
  if (now.getTime() < clock.dueAt.getTime()) {
    return {
      breach: false,
      step: undefined,
      escalationLevel: clock.escalationLevel,
      nextCheckAt: clock.dueAt,
    }
  }
  const breach = clock.outcome === null
  const pending = steps[clock.escalationLevel]
  const due = pending !== undefined && stepTime(calendar, clock.dueAt, pending) <= now
  const escalationLevel = clock.escalationLevel + (due ? 1 : 0)
  const following = steps[escalationLevel]
  return {
    breach,
    step: due ? pending : undefined,
    escalationLevel,
    nextCheckAt: following === undefined ? null : stepTime(calendar, clock.dueAt, following),
  }
}
