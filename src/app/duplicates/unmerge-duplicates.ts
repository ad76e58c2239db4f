import { planUnmerge, scoreMatch, type FieldChange } from '../../core/duplicates/index.ts'
import { AppError, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { lockPeople } from './merge-people.ts'
import { authorize } from '../access/authorize.ts'

export type UnmergeResult = {
  readonly personId: PersonId
  readonly survivorId: PersonId
  /** Survivor fields put back as they were before the merge. */
  readonly restored: readonly string[]
  /** Survivor fields changed since the merge, left as they are now. */
  readonly kept: readonly string[]
}

type MergeRecord = {
  readonly survivorId: PersonId
  readonly changes: readonly FieldChange[]
  readonly repointed: readonly PersonId[]
}

/**
 * Undoes a merge (admins only): the merged person stands on its own again with its activities and
 * stage events (they never moved), the survivor's filled fields go back unless edited since, people
 * that had been merged into it return to it, and the pair is marked dismissed. Audited.
 */
export async function unmergeDuplicates(
  ctx: UseCaseContext,
  personId: PersonId,
): Promise<UnmergeResult> {
  authorize(ctx, 'duplicates.merge')
  return ctx.store.transaction(async (tx) => {
    const record = await findMergeRecord(tx, personId)
    const people = await lockPeople(tx, [personId, record.survivorId])
    const loser = people.get(personId)
    const survivor = people.get(record.survivorId)
    if (!loser || !survivor) throw new Error('lockPeople returned without both people')
    if (loser.mergedInto !== record.survivorId) {
      throw new AppError(
        'duplicate.already_merged',
        `Person ${record.survivorId}, which ${personId} was merged into, has since been merged into ${String(loser.mergedInto)}; unmerge ${record.survivorId} first.`,
        { details: { personId, survivorId: record.survivorId, mergedInto: loser.mergedInto } },
      )
    }
    const undo = planUnmerge(survivor, record.changes)
    await tx.duplicates.unmerge({
      survivorId: survivor.id,
      loserId: personId,
      survivorFields: undo.restore,
      rejoin: record.repointed,
    })
    const now = ctx.clock.now()
    const decision = { status: 'dismissed', decidedBy: ctx.actor, decidedAt: now } as const
    const pair = [personId, survivor.id] as const
    const candidate = await tx.duplicates.recordDecision(
      { personIds: pair, match: scoreMatch(loser, survivor) },
      decision,
    )
    const restored = Object.keys(undo.restore)
    await tx.duplicates.appendAudit({
      at: now,
      actor: ctx.actor,
      action: 'person.unmerged',
      subjectType: 'person',
      subjectId: personId,
      details: { survivorId: survivor.id, candidateId: candidate.id, restored, kept: undo.kept },
    })
    return { personId, survivorId: survivor.id, restored, kept: undo.kept }
  })
}

async function findMergeRecord(tx: Stores, personId: PersonId): Promise<MergeRecord> {
  const [person] = await tx.duplicates.findPeople([personId])
  if (!person) {
    throw new AppError('person.not_found', `No person with id ${personId} in this workspace.`, {
      details: { id: personId },
    })
  }
  const entry =
    person.mergedInto === null
      ? undefined
      : await tx.duplicates.findLatestAudit({
          action: 'person.merged',
          subjectType: 'person',
          subjectId: personId,
        })
  if (!entry) {
    throw new AppError(
      'duplicate.not_merged',
      `Person ${personId} is not merged into anyone; there is nothing to unmerge.`,
      { details: { personId } },
    )
  }
  return entry.details as MergeRecord
}
