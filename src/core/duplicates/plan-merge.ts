import type { PersonId } from '../shared/index.ts'
import type { DuplicatePerson, FieldChange, MergeField, MergeFields } from './types.ts'

export type MergePlan = {
  readonly survivorId: PersonId
  readonly loserId: PersonId
  /** What the merge writes on the survivor; unmerge puts `before` back. */
  readonly changes: readonly FieldChange[]
}

const blankFillable: readonly MergeField[] = [
  'firstName',
  'lastName',
  'title',
  'phone',
  'companyName',
  'country',
  'accountId',
  'ownerId',
  'source',
]

/** The older person first: by creation time, then by id, so the choice never depends on order. */
export function olderFirst(
  a: DuplicatePerson,
  b: DuplicatePerson,
): readonly [DuplicatePerson, DuplicatePerson] {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime()
  return byTime < 0 || (byTime === 0 && a.id < b.id) ? [a, b] : [b, a]
}

/**
 * Plans folding two people into one: the older survives; its blanks are filled from the other (what
 * the survivor has is never overwritten); do-not-contact and every consent opt-out (`false`) from
 * either side win; properties the survivor lacks are added. The loser's own row is not changed.
 */
export function planMerge(a: DuplicatePerson, b: DuplicatePerson): MergePlan {
  const [survivor, loser] = olderFirst(a, b)
  const changes: FieldChange[] = []
  const change = (field: MergeField, after: unknown) => {
    changes.push({ field, before: survivor[field], after })
  }
  for (const field of blankFillable) {
    if (survivor[field] === null && loser[field] !== null) change(field, loser[field])
  }
  if (loser.doNotContact && !survivor.doNotContact) change('doNotContact', true)
  const consent = mergeConsent(survivor.consent, loser.consent)
  if (consent !== null) change('consent', consent)
  const properties = fillRecord(survivor.properties, loser.properties)
  if (properties !== null) change('properties', properties)
  return { survivorId: survivor.id, loserId: loser.id, changes }
}

// An opt-out on either side wins; otherwise the survivor's answer stands and the loser's fills gaps.
function mergeConsent(
  survivor: MergeFields['consent'],
  loser: MergeFields['consent'],
): Record<string, unknown> | null {
  const merged: Record<string, unknown> = { ...survivor }
  let changed = false
  for (const [purpose, answer] of Object.entries(loser)) {
    const current = merged[purpose]
    const next = current === undefined || answer === false ? answer : current
    if (next !== current) {
      merged[purpose] = next
      changed = true
    }
  }
  return changed ? merged : null
}

function fillRecord(
  survivor: Readonly<Record<string, unknown>>,
  loser: Readonly<Record<string, unknown>>,
): Record<string, unknown> | null {
  const missing = Object.entries(loser).filter(([key]) => !(key in survivor))
  return missing.length === 0 ? null : { ...survivor, ...Object.fromEntries(missing) }
}

/** The survivor as it reads after the merge. */
export function mergedSurvivor(survivor: DuplicatePerson, plan: MergePlan): DuplicatePerson {
  const written = Object.fromEntries(plan.changes.map((change) => [change.field, change.after]))
  return { ...survivor, ...written }
}
