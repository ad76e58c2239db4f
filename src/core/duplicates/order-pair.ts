import type { PersonId } from '../shared/index.ts'

/** A pair of people in one order (lower id first), so a pair is stored and found once. */
export function orderPair(a: PersonId, b: PersonId): readonly [PersonId, PersonId] {
  return a < b ? [a, b] : [b, a]
}
