import type { DuplicateCandidate } from '../../core/duplicates/index.ts'
import { toId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { findCandidateOrThrow } from './find-candidate-or-throw.ts'
import { authorize } from '../access/authorize.ts'

/**
 * Records that a candidate pair is two different people, so it leaves the queue and is never
 * proposed again; dismissing twice changes nothing, and a merged pair is `duplicate.already_merged`.
 */
export async function dismissDuplicate(
  ctx: UseCaseContext,
  candidateId: string,
): Promise<DuplicateCandidate> {
  authorize(ctx, 'duplicates.merge')
  const id = toId<'duplicate'>(candidateId, 'candidateId')
  return ctx.store.transaction(async (tx) => {
    const candidate = await findCandidateOrThrow(tx, id)
    if (candidate.status === 'dismissed') return candidate
    const now = ctx.clock.now()
    const dismissed = await tx.duplicates.recordDecision(
      { personIds: [candidate.personAId, candidate.personBId], match: candidate },
      { status: 'dismissed', decidedBy: ctx.actor, decidedAt: now },
    )
    await tx.duplicates.appendAudit({
      at: now,
      actor: ctx.actor,
      action: 'duplicate.dismissed',
      subjectType: 'duplicate_candidate',
      subjectId: id,
      details: { personIds: [candidate.personAId, candidate.personBId], score: candidate.score },
    })
    return dismissed
  })
}
