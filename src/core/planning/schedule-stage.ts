import { addDays, dayOf, daysBetween, isoWeekOf, toDay, weekStartOf } from './iso-week.ts'
import { roundUp } from './round-up.ts'
import type { PlanPeriod } from './types.ts'

/** How many of a stage must be created in an ISO week (weekStart is its Monday). */
export type WeekCount = {
  readonly week: string
  readonly weekStart: string
  readonly count: number
}

/**
 * When `count` items must be created so that what they turn into lands evenly over `period`: spread
 * over the period's days (by the day, the running total never falls behind an even pace), moved
 * `leadDays` earlier, and summed by ISO week, across period and year boundaries.
 */
export function scheduleStage(count: number, period: PlanPeriod, leadDays: number): WeekCount[] {
  const start = toDay(period.start)
  const days = daysBetween(start, toDay(period.end)) + 1
  const byWeek = new Map<string, { weekStart: string; count: number }>()
  let done = 0
  for (let day = 1; day <= days; day += 1) {
    const due = roundUp((count * day) / days)
    if (due === done) continue
    const created = addDays(start, day - 1 - leadDays)
    const week = isoWeekOf(created)
    const entry = byWeek.get(week) ?? { weekStart: dayOf(weekStartOf(created)), count: 0 }
    entry.count += due - done
    byWeek.set(week, entry)
    done = due
  }
  return [...byWeek.entries()]
    .map(([week, entry]) => ({ week, ...entry }))
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
}
