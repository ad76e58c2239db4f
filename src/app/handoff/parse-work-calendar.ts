import type { BusinessCalendar, ValidationReport } from '../../core/agreement/index.ts'
import { CalendarSchema } from '../agreement/agreement.schema.ts'
import { parseDocument } from '../document/parse-document.ts'

export type ParsedWorkCalendar = {
  readonly calendar?: BusinessCalendar
  readonly report: ValidationReport
}

// The business-time rules (zone, periods, holidays) run when the calendar is set.
const calendarDocument = {
  what: 'the calendar',
  schema: CalendarSchema,
  check: (): ValidationReport => ({ errors: [], warnings: [] }),
}

/**
 * Reads a user's own calendar from YAML or JSON text, shaped as the agreement's `calendar`
 * (timeZone, workingHours per weekday, holidays, closedDays); findings located by line and column.
 */
export function parseWorkCalendar(text: string, sourceName: string): ParsedWorkCalendar {
  const { value, report } = parseDocument(text, sourceName, calendarDocument)
  return value === undefined ? { report } : { calendar: value, report }
}
