import type { FieldChange, MergeField, MergeFields } from './types.ts'

export type UnmergePlan = {
  /** Fields put back to what the survivor had before the merge. */
  readonly restore: Partial<MergeFields>
  /** Fields changed again since the merge: left as they are now, so no later edit is lost. */
  readonly kept: readonly MergeField[]
}

/**
 * Plans undoing a merge on the survivor: every field the merge wrote goes back to its value before
 * the merge, unless it has changed since (then the later value stays and the field is reported).
 */
export function planUnmerge(current: MergeFields, changes: readonly FieldChange[]): UnmergePlan {
  const restore: Record<string, unknown> = {}
  const kept: MergeField[] = []
  for (const change of changes) {
    if (sameValue(current[change.field], change.after)) restore[change.field] = change.before
    else kept.push(change.field)
  }
  // `before` was read from these very fields, so it has each field's type.
  return { restore, kept }
}

// Values here are JSON: null, booleans, strings, numbers and flat records of them.
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const entries = Object.entries(value as Record<string, unknown>)
  return Object.fromEntries(entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
}
