import {
  mergedSurvivor,
  type DuplicatePerson,
  type MergeFields,
  type ReviewedPair,
} from '../../core/duplicates/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { AuditEntry, CandidatePair, Stores } from '../ports.ts'
import { checkedMerge, lockPeople, refuseSamePerson, type MergeResult } from './merge-people.ts'

const mergeFieldsOf = (p: DuplicatePerson): MergeFields => ({
  firstName: p.firstName,
  lastName: p.lastName,
  title: p.title,
  phone: p.phone,
  companyName: p.companyName,
  country: p.country,
  accountId: p.accountId,
  ownerId: p.ownerId,
  source: p.source,
  doNotContact: p.doNotContact,
  consent: p.consent,
  properties: p.properties,
})

type Planned = {
  readonly pair: CandidatePair
  readonly survivorId: PersonId
  readonly loserId: PersonId
  readonly audit: Omit<AuditEntry, 'details'> & { readonly details: Record<string, unknown> }
  readonly filled: MergeResult['filled']
}

/**
 * Automatic merges, in order, with what mergePeople would write making them one after another (the
 * same checks, survivor fields, pointers, decided pairs and audit entries), in a handful of
 * statements: everyone involved is locked at once, each merge is planned on the people as the merges
 * before it left them, and the writes go out together.
 */
export async function mergeReviewedPairs(
  tx: Stores,
  ctx: UseCaseContext,
  merges: readonly Pick<ReviewedPair, 'a' | 'b'>[],
): Promise<MergeResult[]> {
  if (merges.length === 0) return []
  const ids = [...new Set(merges.flatMap(({ a, b }) => [a, b]))]
  const people = await lockPeople(tx, ids)
  // Who points at whom, for everyone a merge could move: the pointers at the people involved.
  const pointer = new Map<PersonId, PersonId>()
  for (const row of await tx.duplicates.findMergedInto(ids)) pointer.set(row.id, row.mergedInto)
  const survivors = new Set<PersonId>()
  const moved = new Map<PersonId, PersonId>()
  const point = (id: PersonId, into: PersonId) => {
    pointer.set(id, into)
    moved.set(id, into)
    const person = people.get(id)
    if (person) people.set(id, { ...person, mergedInto: into })
  }
  const now = ctx.clock.now()
  const planned: Planned[] = merges.map(({ a: aId, b: bId }) => {
    refuseSamePerson(aId, bId)
    const { match, plan } = checkedMerge(people, [aId, bId])
    people.set(
      plan.survivorId,
      mergedSurvivor(people.get(plan.survivorId) as DuplicatePerson, plan),
    )
    survivors.add(plan.survivorId)
    const repointed = [...pointer].flatMap(([id, into]) => (into === plan.loserId ? [id] : []))
    for (const id of repointed) point(id, plan.survivorId)
    point(plan.loserId, plan.survivorId)
    const details = {
      survivorId: plan.survivorId,
      automatic: true,
      score: match.score,
      tier: match.tier,
      evidence: match.evidence,
      changes: plan.changes,
      repointed,
    }
    return {
      pair: { personIds: [aId, bId], match },
      survivorId: plan.survivorId,
      loserId: plan.loserId,
      audit: {
        at: now,
        actor: ctx.actor,
        action: 'person.merged',
        subjectType: 'person',
        subjectId: plan.loserId,
        details,
      },
      filled: plan.changes.map((change) => change.field),
    }
  })
  const written = [...new Set([...survivors, ...moved.keys()])].map((id) => {
    const person = people.get(id)
    return {
      id,
      ...(survivors.has(id) && person ? { fields: mergeFieldsOf(person) } : {}),
      ...(moved.has(id) ? { mergedInto: moved.get(id) } : {}),
    }
  })
  await tx.duplicates.writeMergedPeople(written)
  const candidates = await tx.duplicates.recordDecisions(
    planned.map((merge) => merge.pair),
    { status: 'merged', decidedBy: ctx.actor, decidedAt: now },
  )
  await tx.duplicates.appendAudits(
    planned.map(({ audit }, index) => {
      const { survivorId, ...rest } = audit.details
      return { ...audit, details: { survivorId, candidateId: candidates[index]?.id, ...rest } }
    }),
  )
  return planned.map((merge, index) => ({
    survivorId: merge.survivorId,
    mergedId: merge.loserId,
    candidateId: candidates[index]?.id ?? '',
    filled: merge.filled,
  }))
}
