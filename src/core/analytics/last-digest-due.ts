import { Temporal } from 'temporal-polyfill'
import { weekdays, type DigestSchedule } from '../agreement/index.ts'

/**
 * The latest instant at or before `now` when the agreement's weekly digest was due: its weekday and
 * local time in `timeZone` (wall-clock time, so it keeps its hour across daylight-saving changes).
 */
export function lastDigestDue(schedule: DigestSchedule, timeZone: string, now: Date): Date {
  const [hour = 0, minute = 0] = schedule.at.split(':').map(Number)
  const local = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone)
  const wanted = weekdays.indexOf(schedule.weekday) + 1
  const back = (local.dayOfWeek - wanted + 7) % 7
  const plainTime = Temporal.PlainTime.from({ hour, minute })
  const due = local.toPlainDate().subtract({ days: back }).toZonedDateTime({ timeZone, plainTime })
  // Not reached yet this week: the week before, at the same wall-clock time (across DST too).
  return new Date(
    (Temporal.ZonedDateTime.compare(due, local) > 0 ? due.subtract({ days: 7 }) : due)
      .epochMilliseconds,
  )
}
