import { compileCalendar } from './compile-calendar.ts'
import type { WorkCalendar } from './types.ts'

/** How many of the calendar's working days have working time inside [from, to). */
export function workingDaysBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  const start = from.getTime()
  const end = to.getTime()
  if (end <= start) return 0
  const compiled = compileCalendar(calendar)
  let days = 0
  for (let day = compiled.dayOf(start); day <= compiled.dayOf(end - 1); day++) {
    if (compiled.spansOn(day).some((span) => span.to > start && span.from < end)) days += 1
  }
  return days
}
