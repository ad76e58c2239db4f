const dayMs = 86_400_000

/** The UTC midnight of a YYYY-MM-DD day. */
export function toDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

/** A UTC instant's day as YYYY-MM-DD. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs)
}

/** Whole days from `a` to `b` (UTC midnights). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / dayMs)
}

/** The Monday that starts the ISO week of a day. */
export function weekStartOf(date: Date): Date {
  const weekday = (date.getUTCDay() + 6) % 7 // Monday 0 .. Sunday 6
  const midnight = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  return addDays(midnight, -weekday)
}

/**
 * The ISO 8601 week of a day, e.g. "2027-W01": weeks start on Monday and belong to the year of their
 * Thursday, so 2026-12-31 is in 2026-W53 and 2024-12-30 in 2025-W01.
 */
export function isoWeekOf(date: Date): string {
  const thursday = addDays(weekStartOf(date), 3)
  const year = thursday.getUTCFullYear()
  const week = Math.floor(daysBetween(new Date(Date.UTC(year, 0, 1)), thursday) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}
