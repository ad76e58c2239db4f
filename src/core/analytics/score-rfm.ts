/** A customer's recency, frequency and monetary scores, 1 (lowest quintile) to 5 (highest). */
export type RfmScore = {
  readonly r: number
  readonly f: number
  readonly m: number
  readonly code: string
}

/**
 * Quintile scores from 1 to 5 where higher values are better: a value scores ceil(5 x share of
 * values at or below it), so ties share the higher quintile and a lone value scores 5.
 */
export function quintiles(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const atOrBelow = (value: number) => {
    let low = 0
    let high = sorted.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((sorted[mid] ?? 0) <= value) low = mid + 1
      else high = mid
    }
    return low
  }
  return values.map((value) => Math.max(1, Math.ceil((5 * atOrBelow(value)) / sorted.length)))
}

/**
 * RFM scores per customer: recency from the days since its last win (fewer is better), frequency
 * from its won deals, monetary from its won revenue; each in quintiles of the customers given.
 */
export function scoreRfm(
  customers: readonly {
    readonly recencyDays: number
    readonly wonDeals: number
    readonly wonCents: number
  }[],
): RfmScore[] {
  const r = quintiles(customers.map((c) => -c.recencyDays))
  const f = quintiles(customers.map((c) => c.wonDeals))
  const m = quintiles(customers.map((c) => c.wonCents))
  return customers.map((_, i) => {
    const score = { r: r[i] ?? 1, f: f[i] ?? 1, m: m[i] ?? 1 }
    return { ...score, code: `${score.r}${score.f}${score.m}` }
  })
}
