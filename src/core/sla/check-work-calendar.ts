import type { BusinessCalendar } from '../agreement/index.ts'
import { AppError } from '../shared/index.ts'
import { compileCalendar } from './compile-calendar.ts'

/**
 * Throws sla.invalid_calendar unless the calendar can run business time: an IANA zone, well-formed
 * HH:MM periods with "to" after "from", and working hours on at least one weekday.
 */
export function checkWorkCalendar(calendar: BusinessCalendar): void {
  const days = Object.values(calendar.workingHours).filter((periods) => periods.length > 0)
  if (days.length === 0) {
    throw new AppError(
      'sla.invalid_calendar',
      'The calendar has no working hours; give at least one weekday periods, e.g. mon: [{ from: 09:00, to: 17:00 }].',
      { details: { field: 'workingHours' } },
    )
  }
  // Compiling checks the zone and each period, with a message saying which is wrong.
  compileCalendar(calendar).spansOn(0)
}
