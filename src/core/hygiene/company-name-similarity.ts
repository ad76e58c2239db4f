import { distance } from 'fastest-levenshtein'
import { normalizeCompanyName } from './normalize-company-name.ts'

/**
 * Default cut-offs for `companyNameSimilarity`: from `strong` up, treat two names as the same
 * company; from `weak` up, propose the match for review; below, different companies.
 */
export const companyNameTiers = { strong: 0.92, weak: 0.8 } as const

/**
 * How alike two company names are, 0..1, compared on their `normalizeCompanyName` keys: the best
 * of edit similarity (Levenshtein), edit similarity with words sorted, and word-set overlap (Dice),
 * so "Acme Inc." vs "ACME" is 1 and "Generale Societe" vs "Société Générale" is 1. Numbers in a name
 * tell companies apart ("Route 66 Diner", "Route 67 Diner"): names whose numbers differ score at most
 * `weak`, for a person to decide, however alike the rest of the name is.
 */
export function companyNameSimilarity(
  a: string | null | undefined,
  b: string | null | undefined,
): number {
  const keyA = normalizeCompanyName(a)
  const keyB = normalizeCompanyName(b)
  if (keyA === null || keyB === null) return 0
  if (keyA === keyB) return 1
  const wordsA = keyA.split(' ')
  const wordsB = keyB.split(' ')
  const alike = Math.max(
    editSimilarity(keyA, keyB),
    editSimilarity(wordsA.toSorted().join(' '), wordsB.toSorted().join(' ')),
    wordOverlap(wordsA, wordsB),
  )
  const sameNumbers = companyNameNumbers(keyA).join(' ') === companyNameNumbers(keyB).join(' ')
  return sameNumbers ? alike : Math.min(alike, companyNameTiers.weak)
}

/** The runs of digits in a company name key, in order: "route 66 diner 2" gives ["66", "2"]. */
export function companyNameNumbers(key: string): string[] {
  return key.match(/\d+/g) ?? []
}

function editSimilarity(a: string, b: string): number {
  return 1 - distance(a, b) / Math.max(a.length, b.length)
}

/** Dice coefficient of the two word sets. */
function wordOverlap(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a)
  const setB = new Set(b)
  const shared = [...setA].filter((word) => setB.has(word)).length
  return (2 * shared) / (setA.size + setB.size)
}
