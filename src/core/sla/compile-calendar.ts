import { Temporal } from 'temporal-polyfill'
import { minutesOfDay, weekdays, type WorkingPeriod } from '../agreement/index.ts'
import { AppError } from '../shared/index.ts'
import { publicHolidays } from './public-holidays.ts'
import type { DaySpans, WorkCalendar } from './types.ts'

const dayMs = 86_400_000
const quarterHourMs = 900_000
// Date#getUTCDay numbers weekdays from Sunday.
const weekdayOfUtcDay = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

/** A calendar prepared for arithmetic: working spans per local day (days since 1970-01-01), cached. */
export type CompiledCalendar = {
  /** The local day (days since 1970-01-01 in the calendar's zone) an instant falls on. */
  readonly dayOf: (epochMs: number) => number
  readonly spansOn: (day: number) => DaySpans
}

type Span = { from: number; to: number }

function invalid(message: string, fix: string): AppError {
  return new AppError('sla.invalid_calendar', `${message}; ${fix}.`)
}

function checkedZone(timeZone: string): string {
  try {
    Temporal.Now.zonedDateTimeISO(timeZone)
    return timeZone
  } catch (cause) {
    throw new AppError('sla.invalid_calendar', `"${timeZone}" is not an IANA time zone.`, {
      details: { timeZone },
      cause,
    })
  }
}

function localInstant(zone: string, day: number, minuteOfDay: number): number {
  const date = new Date((day + Math.floor(minuteOfDay / 1440)) * dayMs)
  const minute = minuteOfDay % 1440
  return Temporal.ZonedDateTime.from({
    timeZone: zone,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: Math.floor(minute / 60),
    minute: minute % 60,
  }).epochMilliseconds
}

function periodMinutes(period: WorkingPeriod): { from: number; to: number } {
  const from = minutesOfDay(period.from)
  const to = minutesOfDay(period.to)
  if (from === undefined || to === undefined || to <= from) {
    throw invalid(
      `working period ${period.from}-${period.to} is not two HH:MM times with "to" after "from"`,
      'write it as e.g. from 09:00 to 17:00',
    )
  }
  return { from, to }
}

function subtract(spans: Span[], away: readonly Span[]): Span[] {
  let result = spans
  for (const gap of away) {
    result = result.flatMap((span) => {
      if (gap.to <= span.from || gap.from >= span.to) return [span]
      const kept: Span[] = []
      if (gap.from > span.from) kept.push({ from: span.from, to: gap.from })
      if (gap.to < span.to) kept.push({ from: gap.to, to: span.to })
      return kept
    })
  }
  return result
}

function compile(calendar: WorkCalendar): CompiledCalendar {
  const zone = checkedZone(calendar.timeZone)
  const periods = new Map(
    weekdays.map((day) => [
      day,
      (calendar.workingHours[day] ?? []).map(periodMinutes).sort((a, b) => a.from - b.from),
    ]),
  )
  const closed = new Set(calendar.closedDays ?? [])
  const away = (calendar.outOfOffice ?? []).map((span) => ({
    from: span.from.getTime(),
    to: span.to.getTime(),
  }))
  const cache = new Map<number, DaySpans>()
  // Zones change offset on quarter hours, so one lookup per quarter hour is exact.
  const offsets = new Map<number, number>()
  const offsetAt = (epochMs: number): number => {
    const quarter = Math.floor(epochMs / quarterHourMs)
    let offset = offsets.get(quarter)
    if (offset === undefined) {
      const local = Temporal.Instant.fromEpochMilliseconds(quarter * quarterHourMs)
      offset = local.toZonedDateTimeISO(zone).offsetNanoseconds / 1e6
      offsets.set(quarter, offset)
    }
    return offset
  }
  const build = (day: number): DaySpans => {
    const date = new Date(day * dayMs)
    const iso = date.toISOString().slice(0, 10)
    const local = periods.get(weekdayOfUtcDay[date.getUTCDay()] ?? 'sun') ?? []
    if (local.length === 0 || closed.has(iso)) return []
    const place = calendar.holidays
    if (place && publicHolidays(place, date.getUTCFullYear()).has(iso)) return []
    const spans = local.map((p) => ({
      from: localInstant(zone, day, p.from),
      to: localInstant(zone, day, p.to),
    }))
    return subtract(spans, away).filter((span) => span.to > span.from)
  }
  return {
    dayOf: (epochMs) => Math.floor((epochMs + offsetAt(epochMs)) / dayMs),
    spansOn: (day) => {
      let spans = cache.get(day)
      if (!spans) {
        spans = build(day)
        cache.set(day, spans)
      }
      return spans
    },
  }
}

const byObject = new WeakMap<WorkCalendar, CompiledCalendar>()
const byContent = new Map<string, CompiledCalendar>()
const maxByContent = 1000

/** The calendar compiled once per object, and once per content for calendars read afresh. */
export function compileCalendar(calendar: WorkCalendar): CompiledCalendar {
  const known = byObject.get(calendar)
  if (known) return known
  const key = JSON.stringify(calendar)
  let compiled = byContent.get(key)
  if (!compiled) {
    compiled = compile(calendar)
    if (byContent.size >= maxByContent) byContent.clear()
    byContent.set(key, compiled)
  }
  byObject.set(calendar, compiled)
  return compiled
}
