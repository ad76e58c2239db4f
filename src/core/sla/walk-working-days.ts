import { AppError } from '../shared/index.ts'
import type { CompiledCalendar } from './compile-calendar.ts'
import type { DaySpans } from './types.ts'

// Ten years without one working minute means the calendar (or an absence) closes everything.
const maxClosedDays = 3660

/**
 * The working days from `firstDay` on, in order, each with its spans; only days with working time.
 * Stops with sla.no_business_time when ten years pass without any.
 */
export function* walkWorkingDays(
  calendar: CompiledCalendar,
  firstDay: number,
): Generator<{ readonly day: number; readonly spans: DaySpans }> {
  let closedRun = 0
  for (let day = firstDay; ; day++) {
    const spans = calendar.spansOn(day)
    if (spans.length === 0) {
      closedRun++
      if (closedRun > maxClosedDays) {
        throw new AppError(
          'sla.no_business_time',
          'The calendar has no working time in the ten years after this instant; add working hours or shorten the out-of-office or closed days.',
          { details: { fromDay: new Date(firstDay * 86_400_000).toISOString().slice(0, 10) } },
        )
      }
      continue
    }
    closedRun = 0
    yield { day, spans }
  }
}
