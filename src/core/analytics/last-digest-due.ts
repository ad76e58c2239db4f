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
  const day = local.toPlainDate().subtract({ days: back })
  let due = day.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from({ hour, minute }) })
  if (Temporal.ZonedDateTime.compare(due, local) > 0) {
    const weekBefore = day.subtract({ days: 7 })
    due = weekBefore.toZonedDateTime({
      timeZone,
      plainTime: Temporal.PlainTime.from({ hour, minute }),
    })
  }
  return new Date(due.epochMilliseconds)
}
