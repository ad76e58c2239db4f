import {
  defaultDuplicatePolicy,
  planReview,
  type DuplicatePolicy,
} from '../../core/duplicates/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { mergeReviewedPairs } from './merge-reviewed-pairs.ts'

export type DuplicateReview = {
  /** New people merged into an existing (older) person: report them as repeats of `intoPersonId`. */
  readonly merged: readonly { readonly personId: PersonId; readonly intoPersonId: PersonId }[]
  /** Pairs put in the review queue. */
  readonly queued: number
}

/**
 * Checks people a batch just created against everyone else, set-based (a few statements for the
 * whole batch): strong matches merge into the older person at once, weak ones wait in the review
 * queue. Runs inside the caller's transaction (`stores`), so the batch and its merges land together.
 */
export async function reviewNewPeople(
  ctx: UseCaseContext,
  stores: Stores,
  personIds: readonly PersonId[],
  policy: DuplicatePolicy = defaultDuplicatePolicy,
): Promise<DuplicateReview> {
  const fresh = [...new Set(personIds)]
  if (fresh.length === 0) return { merged: [], queued: 0 }
  const pairs = await stores.duplicates.findCandidatePairs(fresh)
  if (pairs.length === 0) return { merged: [], queued: 0 }
  const people = await stores.duplicates.findPeople([...new Set(pairs.flat())])
  const plan = planReview(new Map(people.map((p) => [p.id, p])), pairs, new Set(fresh), policy)
  const merged = (await mergeReviewedPairs(stores, ctx, plan.merges)).map((result) => ({
    personId: result.mergedId,
    intoPersonId: result.survivorId,
  }))
  await stores.duplicates.insertCandidates(
    plan.queue.map((pair) => ({ personIds: [pair.a, pair.b], match: pair.match })),
  )
  // A new person merged into another new one that later joined an older person: report the last.
  const survivorOf = new Map(merged.map((m) => [m.personId, m.intoPersonId]))
  const final = (id: PersonId): PersonId => {
    const next = survivorOf.get(id)
    return next === undefined ? id : final(next)
  }
  return {
    merged: merged.map((m) => ({ personId: m.personId, intoPersonId: final(m.intoPersonId) })),
    queued: plan.queue.length,
  }
}
