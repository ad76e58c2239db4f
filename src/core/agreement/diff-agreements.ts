import type { Agreement } from './types.ts'

export type AgreementChange = {
  readonly path: readonly (string | number)[]
  readonly kind: 'added' | 'removed' | 'changed'
  readonly before?: unknown
  readonly after?: unknown
}

type Path = readonly (string | number)[]
type Json = Readonly<Record<string, unknown>>

// Arrays of objects matched by their natural key, by property path; composite keys join with ':'.
const naturalKeys: Readonly<Record<string, readonly string[]>> = {
  'funnel.stages': ['canonical'],
  'funnel.transitions': ['from'],
  'funnel.opportunityStages': ['name'],
  idealCustomerProfiles: ['product'],
  leadDefinitions: ['stage'],
  responseTargets: ['priority'],
  cadences: ['name'],
  clocks: ['kind', 'startsOn'],
  reasonCodes: ['code'],
  nurturePrograms: ['name'],
  'goals.conversions': ['from', 'to'],
  'goals.activities': ['team', 'activity'],
  'signatories.marketing': ['email'],
  'signatories.sales': ['email'],
}

/**
 * Lists what changed between two agreement versions: a deep diff where keyed arrays match by
 * natural key (order ignored), other arrays of objects by index, and arrays of primitives as multisets.
 */
export function diffAgreements(before: Agreement, after: Agreement): AgreementChange[] {
  return diffValue(before, after, [], [])
}

function diffValue(before: unknown, after: unknown, path: Path, schema: Path): AgreementChange[] {
  if (Object.is(before, after)) return []
  if (Array.isArray(before) && Array.isArray(after)) return diffArray(before, after, path, schema)
  if (isObject(before) && isObject(after)) return diffObject(before, after, path, schema)
  return [{ path, kind: 'changed', before, after }]
}

function diffObject(before: Json, after: Json, path: Path, schema: Path): AgreementChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return keys.flatMap((key): AgreementChange[] => {
    const [was, is] = [before[key], after[key]]
    if (was === undefined && is === undefined) return []
    if (was === undefined) return [{ path: [...path, key], kind: 'added', after: is }]
    if (is === undefined) return [{ path: [...path, key], kind: 'removed', before: was }]
    return diffValue(was, is, [...path, key], [...schema, key])
  })
}

function diffArray(
  before: readonly unknown[],
  after: readonly unknown[],
  path: Path,
  schema: Path,
): AgreementChange[] {
  if ([...before, ...after].every(isPrimitive)) return diffMultiset(before, after, path)
  const keyFields = naturalKeys[schema.join('.')]
  const beforeKeys = keyFields === undefined ? undefined : keysOf(before, keyFields)
  const afterKeys = keyFields === undefined ? undefined : keysOf(after, keyFields)
  if (beforeKeys !== undefined && afterKeys !== undefined)
    return diffKeyed([before, beforeKeys], [after, afterKeys], path, schema)
  const length = Math.max(before.length, after.length)
  return Array.from({ length }, (_, index): AgreementChange[] => {
    if (index >= after.length)
      return [{ path: [...path, index], kind: 'removed', before: before[index] }]
    if (index >= before.length)
      return [{ path: [...path, index], kind: 'added', after: after[index] }]
    return diffValue(before[index], after[index], [...path, index], schema)
  }).flat()
}

function diffKeyed(
  [before, beforeKeys]: readonly [readonly unknown[], readonly string[]],
  [after, afterKeys]: readonly [readonly unknown[], readonly string[]],
  path: Path,
  schema: Path,
): AgreementChange[] {
  const removedOrChanged = before.flatMap((item, index): AgreementChange[] => {
    const key = beforeKeys[index] ?? ''
    const match = afterKeys.indexOf(key)
    if (match === -1) return [{ path: [...path, key], kind: 'removed', before: item }]
    return diffValue(item, after[match], [...path, key], schema)
  })
  const added = after.flatMap((item, index): AgreementChange[] => {
    const key = afterKeys[index] ?? ''
    return beforeKeys.includes(key) ? [] : [{ path: [...path, key], kind: 'added', after: item }]
  })
  return [...removedOrChanged, ...added]
}

// Keys of every item, or undefined when one lacks its key or two share it (then match by index).
function keysOf(items: readonly unknown[], fields: readonly string[]): string[] | undefined {
  const keys = items.map((item) => {
    const parts = fields.map((field) => (isObject(item) ? item[field] : undefined))
    return parts.every((part) => typeof part === 'string' || typeof part === 'number')
      ? parts.join(':')
      : undefined
  })
  if (keys.some((key) => key === undefined) || new Set(keys).size !== keys.length) return undefined
  return keys.filter((key) => key !== undefined)
}

function diffMultiset(
  before: readonly unknown[],
  after: readonly unknown[],
  path: Path,
): AgreementChange[] {
  const remaining = [...after]
  const removed: AgreementChange[] = []
  for (const item of before) {
    const index = remaining.findIndex((candidate) => Object.is(candidate, item))
    if (index === -1) removed.push({ path, kind: 'removed', before: item })
    else remaining.splice(index, 1)
  }
  return [
    ...removed,
    ...remaining.map((item): AgreementChange => ({ path, kind: 'added', after: item })),
  ]
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isPrimitive = (value: unknown): boolean => value === null || typeof value !== 'object'

/** One line per change (`~ a.b: 1 -> 2`, `+ reasonCodes[budget]: {...}`, `- funnel.stages[sal]`), or "no differences". */
export function formatAgreementChanges(changes: readonly AgreementChange[]): string {
  if (changes.length === 0) return 'no differences'
  return changes
    .map((change) => {
      const path = formatPath(change.path)
      switch (change.kind) {
        case 'changed':
          return `~ ${path}: ${compact(change.before)} -> ${compact(change.after)}`
        case 'added':
          return `+ ${path}: ${compact(change.after)}`
        case 'removed':
          return isPrimitive(change.before) ? `- ${path}: ${compact(change.before)}` : `- ${path}`
      }
    })
    .join('\n')
}

function formatPath(path: Path): string {
  const schema: string[] = []
  let text = ''
  let expectKey = false
  for (const part of path) {
    if (typeof part === 'number' || expectKey) {
      text += `[${String(part)}]`
      expectKey = false
      continue
    }
    schema.push(part)
    text += text === '' ? part : `.${part}`
    // The next part names an item of a keyed array, not a property.
    expectKey = naturalKeys[schema.join('.')] !== undefined
  }
  return text
}

const compact = (value: unknown): string =>
  value === undefined ? 'undefined' : JSON.stringify(value)
