import { toId, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { findCandidateOrThrow } from './find-candidate-or-throw.ts'
import { mergePeople, type MergeResult } from './merge-people.ts'
import { authorize } from '../access/authorize.ts'

/**
 * Merges two people a person judged to be one; the older record survives whichever is named first
 * (its history anchors attribution), gets the other's blanks, and the strictest opt-out wins.
 */
export async function mergeDuplicates(
  ctx: UseCaseContext,
  personId: PersonId,
  intoPersonId: PersonId,
): Promise<MergeResult> {
  authorize(ctx, 'duplicates.merge')
  return ctx.store.transaction((tx) =>
    mergePeople(tx, ctx, [personId, intoPersonId], { automatic: false }),
  )
}

/** Merges the two people of a review-queue candidate; `duplicate.already_merged` once decided so. */
export async function mergeCandidate(
  ctx: UseCaseContext,
  candidateId: string,
): Promise<MergeResult> {
  authorize(ctx, 'duplicates.merge')
  const id = toId<'duplicate'>(candidateId, 'candidateId')
  return ctx.store.transaction(async (tx) => {
    const candidate = await findCandidateOrThrow(tx, id)
    return mergePeople(tx, ctx, [candidate.personAId, candidate.personBId], { automatic: false })
  })
}
