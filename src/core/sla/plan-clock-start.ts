import { Temporal } from 'temporal-polyfill'
import type { Agreement, ClockStart } from '../agreement/index.ts'
import { AppError } from '../shared/index.ts'
import { addBusinessTime } from './add-business-time.ts'
import { pickResponseTarget } from './pick-response-target.ts'
import type { WorkCalendar } from './types.ts'

export type PlannedClock = {
  readonly kind: ClockStart['kind']
  readonly priority: string | null
  readonly startedAt: Date
  readonly dueAt: Date
}

function calendarDaysLater(timeZone: string, start: Date, days: number): Date {
  const local = Temporal.Instant.fromEpochMilliseconds(start.getTime()).toZonedDateTimeISO(timeZone)
  return new Date(local.add({ days }).epochMilliseconds)
}

/**
 * When a clock that starts now is due under the owner's calendar (`lead.calendar`, see
 * ownerWorkCalendar; the agreement's without one): first response by the response target the
 * lead's score picks (business hours), the SDR clocks in business days, the recycle window in
 * calendar days in the calendar's zone (the same local time, across DST).
 */
export function planClockStart(
  agreement: Agreement,
  start: ClockStart,
  lead: {
    readonly startedAt: Date
    readonly score: number | null
    readonly calendar?: WorkCalendar | undefined
  },
): PlannedClock {
  const calendar = lead.calendar ?? agreement.calendar
  const { limit } = start
  const base = { kind: start.kind, startedAt: lead.startedAt }
  switch (limit.kind) {
    case 'response_target': {
      const target = pickResponseTarget(limit.targets, lead.score)
      if (!target) {
        throw new AppError(
          'agreement.invalid',
          'The agreement runs a first_response clock but lists no responseTargets; add one.',
        )
      }
      const dueAt = addBusinessTime(calendar, lead.startedAt, { hours: target.withinBusinessHours })
      return { ...base, priority: target.priority, dueAt }
    }
    case 'business_days':
      return {
        ...base,
        priority: null,
        dueAt: addBusinessTime(calendar, lead.startedAt, { days: limit.businessDays }),
      }
    case 'calendar_days':
      return {
        ...base,
        priority: null,
        dueAt: calendarDaysLater(calendar.timeZone, lead.startedAt, limit.days),
      }
  }
}
