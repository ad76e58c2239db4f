import { roundToSum } from './round-to-sum.ts'
import type { AccountRollUpPolicy } from './types.ts'

export type PersonTotal = { readonly personId: string; readonly total: number }

export type AccountContribution =
  | { readonly kind: 'top_person'; readonly personId: string; readonly points: number }
  | { readonly kind: 'breadth'; readonly personIds: readonly string[]; readonly points: number }

/** The account's score and what made it; the contributions sum exactly to the score. */
export type AccountScore = {
  readonly score: number
  readonly topPersonId: string | null
  readonly breadthBonus: number
  readonly contributions: readonly AccountContribution[]
}

const byTotalThenId = (a: PersonTotal, b: PersonTotal): number =>
  b.total - a.total || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0)

/**
 * Account score = the best person's total + bonusPerEngagedPerson for each other person whose total
 * is at least engagedAtLeast, the bonus capped at maxBonus (2 decimals); no people, no score (0).
 * The seeds score at the account level because one buyer rarely buys alone.
 */
export function rollUpAccount(
  people: readonly PersonTotal[],
  policy: AccountRollUpPolicy,
): AccountScore {
  const [top, ...others] = [...people].sort(byTotalThenId)
  if (top === undefined) return { score: 0, topPersonId: null, breadthBonus: 0, contributions: [] }
  const engaged = others.filter((person) => person.total >= policy.engagedAtLeast)
  const exactBonus = Math.min(policy.maxBonus, policy.bonusPerEngagedPerson * engaged.length)
  const [topPoints = 0, bonus = 0] = roundToSum([top.total, exactBonus], 2)
  const contributions: AccountContribution[] = [
    { kind: 'top_person', personId: top.personId, points: topPoints },
  ]
  if (engaged.length > 0)
    contributions.push({
      kind: 'breadth',
      personIds: engaged.map((person) => person.personId),
      points: bonus,
    })
  const score = (Math.round(topPoints * 100) + Math.round(bonus * 100)) / 100
  return { score, topPersonId: top.personId, breadthBonus: bonus, contributions }
}
