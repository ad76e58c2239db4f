import type { Cadence, CadenceChannel } from '../agreement/index.ts'
import { addBusinessTime, type WorkCalendar } from '../sla/index.ts'

/** The owner's next follow-up touch: which step of which cadence, by what channel, due when. */
export type PlannedTask = {
  readonly cadence: string
  readonly step: number
  readonly channel: CadenceChannel
  readonly dueAt: Date
}

/**
 * Plans step `step` of a cadence from `from` (the hand-off for the first step, the touch that did
 * the step before for the others): due the steps' difference in afterBusinessDays later on the
 * owner's calendar (step 0: its own afterBusinessDays after the hand-off), so a late touch moves
 * the rest of the cadence with it; a 0-day gap is due at `from`. Null once every step is done.
 */
export function planNextTask(
  cadence: Cadence,
  calendar: WorkCalendar,
  progress: { readonly step: number; readonly from: Date },
): PlannedTask | null {
  const { step, from } = progress
  const next = cadence.steps[step]
  if (next === undefined || step < 0) return null
  const previousDays = step === 0 ? 0 : (cadence.steps[step - 1]?.afterBusinessDays ?? 0)
  const gapDays = Math.max(0, next.afterBusinessDays - previousDays)
  const dueAt = gapDays === 0 ? from : addBusinessTime(calendar, from, { days: gapDays })
  return { cadence: cadence.name, step, channel: next.channel, dueAt }
}
