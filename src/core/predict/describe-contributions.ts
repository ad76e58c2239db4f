import type { Contribution } from './types.ts'

/**
 * Contributions in plain words, e.g. "Lead Source = Reference raised the odds (+1.8); Total Time
 * Spent on Website = 0 lowered them (-1.2)"; log-odds shown to one decimal.
 */
export function describeContributions(contributions: readonly Contribution[]): string {
  if (contributions.length === 0) return 'No feature moved the odds.'
  return contributions
    .map((contribution, index) => {
      const odds = index === 0 ? 'the odds' : 'them'
      const shown = contribution.logOdds.toFixed(1)
      const verb =
        Number(shown) === 0
          ? `barely moved ${odds} (0.0)`
          : contribution.logOdds > 0
            ? `raised ${odds} (+${shown})`
            : `lowered ${odds} (${shown})`
      return `${contribution.feature} = ${contribution.value} ${verb}`
    })
    .join('; ')
}
