import { compileCalendar } from './compile-calendar.ts'
import type { WorkCalendar } from './types.ts'

/** True when the instant falls in working time: a working period, not a holiday, closed day or absence. */
export function isBusinessTime(calendar: WorkCalendar, at: Date): boolean {
  const compiled = compileCalendar(calendar)
  const ms = at.getTime()
  return compiled.spansOn(compiled.dayOf(ms)).some((span) => span.from <= ms && ms < span.to)
}
