import { AppError } from '../shared/index.ts'
import { compileCalendar, type CompiledCalendar } from './compile-calendar.ts'
import type { BusinessDuration, DaySpans, WorkCalendar } from './types.ts'
import { walkWorkingDays } from './walk-working-days.ts'

const minuteMs = 60_000

function invalidDuration(message: string, amount: BusinessDuration): AppError {
  return new AppError('sla.invalid_duration', message, { details: { amount } })
}

function checkedAmount(amount: BusinessDuration): { days: number; workingMs: number } {
  const { minutes = 0, hours = 0, days = 0 } = amount
  for (const [name, value] of Object.entries({ minutes, hours, days })) {
    if (!Number.isFinite(value) || value < 0) {
      throw invalidDuration(
        `A business duration's ${name} must be a non-negative number; got ${String(value)}.`,
        amount,
      )
    }
  }
  if (!Number.isInteger(days)) {
    throw invalidDuration(
      `Business days must be whole; got ${days}. Give the rest as hours or minutes.`,
      amount,
    )
  }
  const workingMs = Math.round((hours * 60 + minutes) * minuteMs)
  if (days === 0 && workingMs === 0) {
    throw invalidDuration(
      'A business duration must be positive; give minutes, hours or days above zero.',
      amount,
    )
  }
  return { days, workingMs }
}

/** Business milliseconds from the day's opening to `at`, which lies in or between its spans. */
function offsetInDay(spans: DaySpans, at: number): number {
  let offset = 0
  for (const span of spans) {
    if (at <= span.from) break
    offset += Math.min(at, span.to) - span.from
  }
  return offset
}

/** The instant `offset` business milliseconds into a day, or its close when the day is shorter. */
function atOffset(spans: DaySpans, offset: number): number {
  let left = offset
  for (const span of spans) {
    const length = span.to - span.from
    if (left <= length) return span.from + left
    left -= length
  }
  return spans[spans.length - 1]?.to ?? Number.NaN
}

function addWorkingMs(calendar: CompiledCalendar, start: number, workingMs: number): number {
  let left = workingMs
  for (const { spans } of walkWorkingDays(calendar, calendar.dayOf(start))) {
    for (const span of spans) {
      if (span.to <= start) continue
      const from = Math.max(span.from, start)
      if (left <= span.to - from) return from + left
      left -= span.to - from
    }
  }
  return Number.NaN // unreachable: the walk ends by throwing
}

function addDays(calendar: CompiledCalendar, start: number, days: number): number {
  let counted = 0
  let offset: number | undefined
  for (const { spans } of walkWorkingDays(calendar, calendar.dayOf(start))) {
    const close = spans[spans.length - 1]?.to ?? 0
    if (offset === undefined) {
      if (close <= start) continue // after this day's close: the next working day opens the count
      offset = offsetInDay(spans, start)
      // Starting at or before the opening counts the start day itself as the first day.
      if (offset === 0) counted = 1
      if (counted === days) return close
      continue
    }
    counted++
    if (counted === days) return offset === 0 ? close : atOffset(spans, offset)
  }
  return Number.NaN // unreachable: the walk ends by throwing
}

/**
 * Adds business time to an instant under a work calendar. Days come first: N business days later is
 * the same point of working time (business minutes since that day's opening, e.g. the same local
 * time on a regular day) on the Nth working day after the start's, or that day's close when it is
 * shorter; a start before or at a day's opening (or outside working time) counts that working day
 * as the first, ending at its close. Then hours and minutes run on working time only. Throws
 * sla.invalid_duration for negative, non-finite, fractional-day or all-zero amounts.
 */
export function addBusinessTime(
  calendar: WorkCalendar,
  start: Date,
  amount: BusinessDuration,
): Date {
  const { days, workingMs } = checkedAmount(amount)
  if (Number.isNaN(start.getTime()))
    throw invalidDuration('The start is not a valid instant.', amount)
  const compiled = compileCalendar(calendar)
  let at = start.getTime()
  if (days > 0) at = addDays(compiled, at, days)
  if (workingMs > 0) at = addWorkingMs(compiled, at, workingMs)
  return new Date(at)
}
