import { AppError } from '../shared/index.ts'

/** A recorded period: first and last day, both inclusive, as YYYY-MM-DD. */
export type MarketPeriod = { readonly periodStart: string; readonly periodEnd: string }

const iso = (date: Date) => date.toISOString().slice(0, 10)
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day))

function invalid(text: string): AppError {
  return new AppError(
    'request.invalid',
    `Period "${text}" is not one Baton reads; give a year (2024), a quarter (2024-Q1), a month (2024-03) or two days (2024-01-01..2024-06-30).`,
    { details: { field: 'period' } },
  )
}

function day(text: string, whole: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) throw invalid(whole)
  const date = utc(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (iso(date) !== text) throw invalid(whole)
  return date
}

// A month span starting at `month` (0-based) of `year`, `months` long.
function months(year: number, month: number, count: number): MarketPeriod {
  return { periodStart: iso(utc(year, month, 1)), periodEnd: iso(utc(year, month + count, 0)) }
}

/** Reads a period as users name it: a year, a quarter, a month, or `first..last` days inclusive. */
export function toMarketPeriod(text: string): MarketPeriod {
  const value = text.trim().toUpperCase()
  const year = /^(\d{4})$/.exec(value)
  if (year) return months(Number(year[1]), 0, 12)
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value)
  if (quarter) return months(Number(quarter[1]), (Number(quarter[2]) - 1) * 3, 3)
  const month = /^(\d{4})-(\d{2})$/.exec(value)
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
    return months(Number(month[1]), Number(month[2]) - 1, 1)
  const span = /^(\S+)\.\.(\S+)$/.exec(value)
  if (!span) throw invalid(text)
  const first = day(span[1] ?? '', text)
  const last = day(span[2] ?? '', text)
  if (last < first) throw invalid(text)
  return { periodStart: iso(first), periodEnd: iso(last) }
}
