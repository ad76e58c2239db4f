import { compileCalendar } from './compile-calendar.ts'
import type { WorkCalendar } from './types.ts'

function workingMsBetween(calendar: WorkCalendar, from: number, to: number): number {
  const compiled = compileCalendar(calendar)
  const lastDay = compiled.dayOf(to)
  let total = 0
  for (let day = compiled.dayOf(from); day <= lastDay; day++) {
    for (const span of compiled.spansOn(day)) {
      const overlap = Math.min(span.to, to) - Math.max(span.from, from)
      if (overlap > 0) total += overlap
    }
  }
  return total
}

/**
 * Working minutes (fractional) between two instants under a work calendar; negative when `to` is
 * before `from`, so "time left" and "time over" read from one sign.
 */
export function businessMinutesBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  const start = from.getTime()
  const end = to.getTime()
  if (end === start) return 0
  return end > start
    ? workingMsBetween(calendar, start, end) / 60_000
    : -workingMsBetween(calendar, end, start) / 60_000
}
