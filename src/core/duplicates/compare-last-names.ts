import { nameWords } from './name-words.ts'
import type { MatchVerdict } from './types.ts'

/**
 * Compares two family names after folding case, accents and punctuation: `same` ("O'Brien" and
 * "OBRIEN"); `partial` when every word of one is in the other ("García" and "García Márquez");
 * else `different`. Null when either is blank.
 */
export function compareLastNames(
  a: string | null | undefined,
  b: string | null | undefined,
): MatchVerdict | null {
  return compareLastNameWords(nameWords(a), nameWords(b))
}

/** `compareLastNames` on names already split by `nameWords`. */
export function compareLastNameWords(
  left: readonly string[],
  right: readonly string[],
): MatchVerdict | null {
  if (left.length === 0 || right.length === 0) return null
  if (left.join('') === right.join('')) return 'same'
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left]
  return shorter.every((word) => longer.includes(word)) ? 'partial' : 'different'
}
