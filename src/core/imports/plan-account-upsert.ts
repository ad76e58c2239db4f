import type { AccountChanges, AccountUpsert, CleanAccount, StoredAccount } from './types.ts'

type Compared = Exclude<keyof AccountChanges, 'properties' | 'domain' | 'externalId'>

const overwritten: readonly Compared[] = [
  'name',
  'nameKey',
  'industry',
  'employeeCount',
  'annualRevenueCents',
  'country',
  'region',
  'parentId',
]

const sameProperties = (
  stored: Readonly<Record<string, string>>,
  merged: Readonly<Record<string, string>>,
) => Object.entries(merged).every(([key, value]) => stored[key] === value)

/**
 * Decides what an account row does to a matched account: the file is the source of firmographics, so
 * every value it gives overwrites; a blank cell never erases. The source id and domain are only filled
 * when missing (they are matching keys), and the same row imported again changes nothing.
 */
export function planAccountUpsert(
  clean: CleanAccount,
  parentId: string | null,
  stored: StoredAccount | undefined,
): AccountUpsert {
  if (!stored) return { kind: 'create' }
  const incoming: Pick<StoredAccount, Compared> = { ...clean, parentId }
  const changes: Record<string, unknown> = {}
  for (const field of overwritten) {
    const value = incoming[field]
    if (value !== null && value !== stored[field]) changes[field] = value
  }
  if (clean.externalId !== null && stored.externalId === null)
    changes['externalId'] = clean.externalId
  if (clean.domain !== null && stored.domain === null) changes['domain'] = clean.domain
  const properties = { ...stored.properties, ...clean.properties }
  if (!sameProperties(stored.properties, properties)) changes['properties'] = properties
  return Object.keys(changes).length === 0
    ? { kind: 'unchanged', id: stored.id }
    : { kind: 'update', id: stored.id, changes }
}
