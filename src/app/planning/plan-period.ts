import type { PlanPeriod } from '../../core/planning/index.ts'

const lastDay = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate().toString().padStart(2, '0')

/** A period written as "2027", "2027-Q1", "2027-H2" or "2027-03", as first and last day; undefined when it is none of these. */
export function toPlanPeriod(text: string): PlanPeriod | undefined {
  const match = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/.exec(text.trim())
  if (!match) return undefined
  const year = Number(match[1])
  const part = match[2]
  const months = (first: number, last: number): PlanPeriod => ({
    start: `${year}-${String(first).padStart(2, '0')}-01`,
    end: `${year}-${String(last).padStart(2, '0')}-${lastDay(year, last)}`,
  })
  if (part === undefined) return months(1, 12)
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1))
    return months(q * 3 - 2, q * 3)
  }
  if (part.startsWith('H')) return part === 'H1' ? months(1, 6) : months(7, 12)
  const month = Number(part)
  return month >= 1 && month <= 12 ? months(month, month) : undefined
}
