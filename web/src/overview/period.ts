/** A report period as the API takes it: `from` inclusive, `to` exclusive, YYYY-MM-DD (UTC). */
export type Period = { readonly from?: string; readonly to?: string }

const day = (date: Date) => date.toISOString().slice(0, 10)
const msPerDay = 86_400_000

/**
 * The period of the same length just before `period`; undefined when it has no start (all time).
 * Without an end the period runs to `today` (exclusive of tomorrow).
 */
export function previousPeriod(period: Period, today: Date): Period | undefined {
  if (!period.from) return undefined
  const from = new Date(`${period.from}T00:00:00Z`)
  const to = period.to
    ? new Date(`${period.to}T00:00:00Z`)
    : new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1))
  const days = Math.round((to.getTime() - from.getTime()) / msPerDay)
  if (days <= 0) return undefined
  return { from: day(new Date(from.getTime() - days * msPerDay)), to: period.from }
}

/** The last `days` days up to and including today. */
export function lastDays(days: number, today: Date): Period {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - days + 1)
  return { from: day(new Date(start)) }
}

/** Reads ?from=&to= (only well-formed days). */
export function periodFromSearch(search: URLSearchParams): Period {
  const read = (name: string) => {
    const value = search.get(name) ?? ''
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined
  }
  const from = read('from')
  const to = read('to')
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) }
}

/** Words for a period: "2018-01-01 to 2018-06-01", "since ...", "all time". */
export function describePeriod(period: Period): string {
  if (period.from && period.to) return `${period.from} to ${period.to} (exclusive)`
  if (period.from) return `since ${period.from}`
  if (period.to) return `before ${period.to}`
  return 'all time'
}
