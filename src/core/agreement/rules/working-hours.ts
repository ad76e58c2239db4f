import { weekdays, type BusinessCalendar } from '../types.ts'

/** Minutes after midnight of an "HH:MM" time (24:00 allowed as end of day); undefined when malformed. */
export function minutesOfDay(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(time)
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined
  return hours * 60 + minutes
}

/** Length in minutes of a working period, 0 when it is malformed or does not end after it starts. */
export function periodMinutes(period: { readonly from: string; readonly to: string }): number {
  const from = minutesOfDay(period.from)
  const to = minutesOfDay(period.to)
  if (from === undefined || to === undefined || to <= from) return 0
  return to - from
}

/** Average working hours over the weekdays that have any; undefined when the calendar has none. */
export function averageWorkingDayHours(calendar: BusinessCalendar): number | undefined {
  const dayMinutes = weekdays
    .map((day) => (calendar.workingHours[day] ?? []).reduce((sum, p) => sum + periodMinutes(p), 0))
    .filter((minutes) => minutes > 0)
  if (dayMinutes.length === 0) return undefined
  return dayMinutes.reduce((sum, minutes) => sum + minutes, 0) / dayMinutes.length / 60
}
