import { weekdays, type Agreement, type Weekday, type WorkingPeriod } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { error, type RuleFinding } from './rule-finding.ts'
import { averageWorkingDayHours, minutesOfDay } from './working-hours.ts'

// Offsets such as "+01:00" construct a formatter in newer engines but are not IANA zones.
function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z]/.test(zone)) return false
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: zone }).resolvedOptions().timeZone !== ''
  } catch {
    return false
  }
}

function dayFindings(day: Weekday, periods: readonly WorkingPeriod[]): RuleFinding[] {
  const findings: RuleFinding[] = []
  const valid: { index: number; from: number; to: number }[] = []
  periods.forEach((period, index) => {
    const from = minutesOfDay(period.from)
    const to = minutesOfDay(period.to)
    if (from !== undefined && to !== undefined && to > from) {
      valid.push({ index, from, to })
      return
    }
    findings.push(
      error(
        ['calendar', 'workingHours', day, index, 'to'],
        `working period ${period.from}-${period.to} on ${day} does not end after it starts`,
        'write both times as HH:MM with "to" later than "from", e.g. from 09:00 to 17:00',
      ),
    )
  })
  valid.sort((a, b) => a.from - b.from)
  valid.forEach((period, position) => {
    const before = valid[position - 1]
    if (!before || period.from >= before.to) return
    findings.push(
      error(
        ['calendar', 'workingHours', day, period.index, 'from'],
        `working period starting ${periods[period.index]?.from ?? ''} on ${day} overlaps the one at index ${before.index}`,
        'make the periods of one day follow each other without overlap, or merge them',
      ),
    )
  })
  return findings
}

/** The calendar has an IANA time zone, some working hours, well-formed non-overlapping periods and unique closed days. */
export function checkCalendar(agreement: Agreement): RuleFinding[] {
  const { calendar } = agreement
  const findings: RuleFinding[] = []
  if (!isIanaTimeZone(calendar.timeZone)) {
    findings.push(
      error(
        ['calendar', 'timeZone'],
        `"${calendar.timeZone}" is not an IANA time zone`,
        'use an IANA zone name such as America/New_York or Europe/Berlin',
      ),
    )
  }
  findings.push(...weekdays.flatMap((day) => dayFindings(day, calendar.workingHours[day] ?? [])))
  if (averageWorkingDayHours(calendar) === undefined) {
    findings.push(
      error(
        ['calendar', 'workingHours'],
        'the calendar has no working hours, so no business-time clock can run',
        'add working periods, e.g. mon: [{ from: "09:00", to: "17:00" }]',
      ),
    )
  }
  const duplicateDays = findDuplicates(calendar.closedDays ?? [], (day) => day).map((d) =>
    error(
      ['calendar', 'closedDays', d.index],
      `closed day ${d.value} is listed twice`,
      'list each closed day once',
    ),
  )
  return [...findings, ...duplicateDays]
}
