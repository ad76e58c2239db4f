import {
  matchProfile,
  planMerge,
  scoreMatch,
  type DuplicateMatch,
  type DuplicatePerson,
  type MergeField,
  type MergePlan,
} from '../../core/duplicates/index.ts'
import { AppError, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'

export type MergeResult = {
  readonly survivorId: PersonId
  readonly mergedId: PersonId
  readonly candidateId: string
  /** Survivor fields the merge filled (or tightened, for opt-outs). */
  readonly filled: readonly MergeField[]
}

/** Both people, locked, or `person.not_found` naming the missing one. */
export async function lockPeople(
  tx: Stores,
  ids: readonly PersonId[],
): Promise<Map<PersonId, DuplicatePerson>> {
  const found = new Map(
    (await tx.duplicates.findPeople(ids, { forUpdate: true })).map((p) => [p.id, p]),
  )
  const missing = ids.find((id) => !found.has(id))
  if (missing !== undefined) {
    throw new AppError('person.not_found', `No person with id ${missing} in this workspace.`, {
      details: { id: missing },
    })
  }
  return found
}

/** `duplicate.same_person` when both sides name one person. */
export function refuseSamePerson(aId: PersonId, bId: PersonId): void {
  if (aId !== bId) return
  throw new AppError(
    'duplicate.same_person',
    `Cannot merge person ${aId} into itself; name two different people.`,
    { details: { personId: aId } },
  )
}

/**
 * The merge of two loaded people, with their match, once the checks every merge makes pass: neither
 * merged away, and more in common than a role address.
 */
export function checkedMerge(
  people: ReadonlyMap<PersonId, DuplicatePerson>,
  ids: readonly [PersonId, PersonId],
): { readonly match: DuplicateMatch; readonly plan: MergePlan } {
  const [a, b] = ids.map((id) => people.get(id) as DuplicatePerson) as [
    DuplicatePerson,
    DuplicatePerson,
  ]
  refuseMerged(a)
  refuseMerged(b)
  const match = scoreMatch(a, b)
  refuseRoleAddress(a, b, match)
  return { match, plan: planMerge(a, b) }
}

function refuseMerged(person: DuplicatePerson): void {
  if (person.mergedInto === null) return
  throw new AppError(
    'duplicate.already_merged',
    `Person ${person.id} was already merged into ${person.mergedInto}; merge with ${person.mergedInto} instead, or unmerge ${person.id} first.`,
    { details: { personId: person.id, mergedInto: person.mergedInto } },
  )
}

/**
 * Folds two live people into the older one inside the caller's transaction: fills the survivor's
 * blanks (the strictest opt-out wins), points the other at it, marks the pair merged and writes the
 * audit entry that unmerge replays. Activities and stage events stay on the row they were recorded
 * for; readers reach them through `merged_into`.
 */
export async function mergePeople(
  tx: Stores,
  ctx: UseCaseContext,
  ids: readonly [PersonId, PersonId],
  options: { readonly automatic: boolean },
): Promise<MergeResult> {
  const [aId, bId] = ids
  refuseSamePerson(aId, bId)
  const { match, plan } = checkedMerge(await lockPeople(tx, ids), ids)
  const now = ctx.clock.now()
  const survivorFields = Object.fromEntries(plan.changes.map((c) => [c.field, c.after]))
  const repointed = await tx.duplicates.merge({
    survivorId: plan.survivorId,
    loserId: plan.loserId,
    survivorFields,
  })
  const candidate = await tx.duplicates.recordDecision(
    { personIds: ids, match },
    { status: 'merged', decidedBy: ctx.actor, decidedAt: now },
  )
  await tx.duplicates.appendAudit({
    at: now,
    actor: ctx.actor,
    action: 'person.merged',
    subjectType: 'person',
    subjectId: plan.loserId,
    details: {
      survivorId: plan.survivorId,
      candidateId: candidate.id,
      automatic: options.automatic,
      score: match.score,
      tier: match.tier,
      evidence: match.evidence,
      changes: plan.changes,
      repointed,
    },
  })
  const filled = plan.changes.map((change) => change.field)
  return { survivorId: plan.survivorId, mergedId: plan.loserId, candidateId: candidate.id, filled }
}

function refuseRoleAddress(a: DuplicatePerson, b: DuplicatePerson, match: DuplicateMatch): void {
  if (match.blockedBy !== 'role_address') return
  const role = [a, b].find((person) => matchProfile(person).roleAddress)?.email ?? 'info@'
  throw new AppError(
    'duplicate.role_address',
    `People ${a.id} and ${b.id} have nothing in common but the role address ${role}, which many people write from; they stay apart. If they are one person, give both the name or phone they share first.`,
    { details: { personIds: [a.id, b.id] } },
  )
}
