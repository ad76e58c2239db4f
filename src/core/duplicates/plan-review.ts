import type { PersonId } from '../shared/index.ts'
import { defaultDuplicatePolicy, type DuplicatePolicy } from './duplicate-policy.ts'
import { orderPair } from './order-pair.ts'
import { mergedSurvivor, planMerge } from './plan-merge.ts'
import { scoreMatch } from './score-match.ts'
import type { DuplicateMatch, DuplicatePerson } from './types.ts'

export type ReviewedPair = {
  readonly a: PersonId
  readonly b: PersonId
  readonly match: DuplicateMatch
}

export type ReviewPlan = {
  /** Pairs to merge, in this order; later pairs name the survivors of earlier ones. */
  readonly merges: readonly ReviewedPair[]
  /** Pairs for a person to decide, scored on the people as they stand after the merges. */
  readonly queue: readonly ReviewedPair[]
}

/**
 * Decides what happens to the candidate pairs of freshly created people: strong pairs merge, best
 * first, into the older person; a person merged away takes no second merge (so one new lead never
 * chains two existing people together); everything else that still matches after the merges is
 * queued for review, re-scored on the people as the merges left them.
 */
export function planReview(
  people: ReadonlyMap<PersonId, DuplicatePerson>,
  pairs: readonly (readonly [PersonId, PersonId])[],
  newIds: ReadonlySet<PersonId>,
  policy: DuplicatePolicy = defaultDuplicatePolicy,
): ReviewPlan {
  const current = new Map(people)
  const survivorOf = new Map<PersonId, PersonId>()
  const resolve = (id: PersonId): PersonId => survivorOf.get(id) ?? id
  const person = (id: PersonId): DuplicatePerson => {
    const found = current.get(id)
    if (!found) throw new Error(`planReview: person ${id} is missing from the loaded people`)
    return found
  }
  // Best first; on a tie, a pair with an existing person first, so new copies join the original.
  const known = (pair: ReviewedPair) => (newIds.has(pair.a) && newIds.has(pair.b) ? 1 : 0)
  const scored = pairs
    .map(([a, b]) => ({ a, b, match: scoreMatch(person(a), person(b), policy) }))
    .filter((pair) => pair.match.tier !== 'none')
    .sort(
      (x, y) =>
        y.match.score - x.match.score || known(x) - known(y) || key(x).localeCompare(key(y)),
    )
  const merges: ReviewedPair[] = []
  const leftovers: ReviewedPair[] = []
  for (const pair of scored) {
    // A person already merged away takes no second merge: that would chain two others together.
    if (pair.match.tier !== 'strong' || survivorOf.has(pair.a) || survivorOf.has(pair.b)) {
      leftovers.push(pair)
      continue
    }
    const plan = planMerge(person(pair.a), person(pair.b))
    merges.push({ a: plan.survivorId, b: plan.loserId, match: pair.match })
    current.set(plan.survivorId, mergedSurvivor(person(plan.survivorId), plan))
    for (const [loser, survivor] of survivorOf) {
      if (survivor === plan.loserId) survivorOf.set(loser, plan.survivorId)
    }
    survivorOf.set(plan.loserId, plan.survivorId)
  }
  return { merges, queue: requeue(leftovers, resolve, person, policy) }
}

function requeue(
  leftovers: readonly ReviewedPair[],
  resolve: (id: PersonId) => PersonId,
  person: (id: PersonId) => DuplicatePerson,
  policy: DuplicatePolicy,
): ReviewedPair[] {
  const queue = new Map<string, ReviewedPair>()
  for (const pair of leftovers) {
    const [a, b] = orderPair(resolve(pair.a), resolve(pair.b))
    if (a === b || queue.has(`${a} ${b}`)) continue
    const match = scoreMatch(person(a), person(b), policy)
    if (match.tier !== 'none') queue.set(`${a} ${b}`, { a, b, match })
  }
  return [...queue.values()]
}

function key(pair: ReviewedPair): string {
  return orderPair(pair.a, pair.b).join(' ')
}
