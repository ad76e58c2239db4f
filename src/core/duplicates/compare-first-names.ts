import { areNicknames } from './are-nicknames.ts'
import { nameWords } from './name-words.ts'
import type { MatchVerdict } from './types.ts'

/**
 * Compares two given names after folding case, accents and punctuation: `same`; `initial` when one
 * is a lone initial of the other ("J." and "John"); `partial` when they share the first word ("Ana"
 * and "Ana María"); `nickname` ("Bill" and "William"); else `different`. Null when either is blank.
 */
export function compareFirstNames(
  a: string | null | undefined,
  b: string | null | undefined,
): MatchVerdict | null {
  return compareFirstNameWords(nameWords(a), nameWords(b))
}

/** `compareFirstNames` on names already split by `nameWords`. */
export function compareFirstNameWords(
  left: readonly string[],
  right: readonly string[],
): MatchVerdict | null {
  const [first = ''] = left
  const [second = ''] = right
  if (first === '' || second === '') return null
  if (left.join('') === right.join('')) return 'same'
  if (isInitial(first) || isInitial(second)) {
    return first.codePointAt(0) === second.codePointAt(0) ? 'initial' : 'different'
  }
  if (first === second) return 'partial'
  if (areNicknames(first, second)) return 'nickname'
  return 'different'
}

function isInitial(word: string): boolean {
  return /^\p{L}$/u.test(word)
}
