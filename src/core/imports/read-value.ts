import { cleanText } from '../hygiene/index.ts'
import type { RawNumber, RawText, Rejection } from './types.ts'

/** A value read from one field, or the row's rejection. */
export type Reading<T> = { readonly kind: 'read'; readonly value: T } | Rejection

/** A rejection of the row, for a reason the message explains and says how to fix. */
export function reject(reason: string, message: string): Rejection {
  return { kind: 'rejected', reason, message }
}

const ok = <T>(value: T): Reading<T> => ({ kind: 'read', value })

/** Cleaned text, or null when blank. */
export function readText(raw: RawText): string | null {
  return cleanText(raw) || null
}

/** A whole number of at least 0 (a count or cents), or null when blank; text such as "1,250" is read. */
export function readWholeNumber(
  field: string,
  raw: RawNumber,
  reasons: { readonly bad: string; readonly negative?: string },
): Reading<number | null> {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === ''))
    return ok(null)
  const value = typeof raw === 'number' ? raw : Number(raw.trim().replaceAll(',', ''))
  if (!Number.isSafeInteger(value) || value < 0) {
    const negative = value < 0
    const hint = negative ? 'it cannot be negative' : 'it must be a whole number'
    return reject(
      negative ? (reasons.negative ?? reasons.bad) : reasons.bad,
      `${field} ${JSON.stringify(raw)} cannot be used: ${hint} — fix: correct the cell, or map the column with the "number" (and for money "cents") transform`,
    )
  }
  return ok(value)
}

const dayShape = /^(\d{4})-(\d{2})-(\d{2})$/u
const instantShape =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u

/** An instant from ISO 8601 text (a date alone is midnight UTC), or null when blank. */
export function readInstant(field: string, raw: RawText, reason: string): Reading<Date | null> {
  const text = cleanText(raw)
  if (text === '') return ok(null)
  const at = instantShape.test(text) ? new Date(asUtcIso(text)) : new Date(Number.NaN)
  if (Number.isNaN(at.getTime()) || !sameCalendarDay(text, at)) {
    return reject(
      reason,
      `${field} ${JSON.stringify(text)} is not a date and time — fix: write ISO 8601 (2018-02-26 or 2018-02-26T19:58:54Z), or map the column with the "date" transform and its format`,
    )
  }
  return ok(at)
}

/** A calendar day as YYYY-MM-DD (an instant counts as its UTC day), or null when blank. */
export function readDay(field: string, raw: RawText, reason: string): Reading<string | null> {
  const instant = readInstant(field, raw, reason)
  if (instant.kind === 'rejected' || instant.value === null) return instant as Reading<null>
  return ok(instant.value.toISOString().slice(0, 10))
}

// A date alone is midnight UTC, and so is a time written without a zone.
function asUtcIso(text: string): string {
  if (dayShape.test(text)) return `${text}T00:00:00Z`
  const iso = text.replace(' ', 'T')
  return /(?:Z|[+-]\d{2}:?\d{2})$/u.test(iso) ? iso : `${iso}Z`
}

// "2018-02-30" parses as 2 March; refuse a day the calendar does not have.
function sameCalendarDay(text: string, at: Date): boolean {
  const day = dayShape.exec(text.slice(0, 10))
  if (!day || Number.isNaN(at.getTime())) return true
  const [, y, m, d] = day
  const utc = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return utc.getUTCMonth() === Number(m) - 1 && utc.getUTCDate() === Number(d)
}

/** A three-letter currency code, upper case; USD when blank. */
export function readCurrency(raw: RawText, reason: string): Reading<string> {
  const text = cleanText(raw).toUpperCase()
  if (text === '') return ok('USD')
  if (!/^[A-Z]{3}$/u.test(text)) {
    return reject(
      reason,
      `currency ${JSON.stringify(text)} is not a three-letter ISO 4217 code — fix: write e.g. USD or EUR`,
    )
  }
  return ok(text)
}
