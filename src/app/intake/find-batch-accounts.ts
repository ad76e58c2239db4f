import {
  leadsNeedingAccount,
  type CleanLead,
  type KnownAccount,
  type PeoplePlan,
  type StoredAccounts,
} from '../../core/intake/index.ts'
import type { Stores } from '../ports.ts'

// Similar accounts considered per company name: the fuzzy match takes the best of these.
const similarPerName = 5

const byKey = (accounts: readonly KnownAccount[], key: (a: KnownAccount) => string | null) =>
  new Map(
    accounts.flatMap((account) => {
      const value = key(account)
      return value === null ? [] : [[value, account] as const]
    }),
  )

/**
 * The stored accounts a batch's companies could match, in three reads: by corporate domain, by name
 * key, and by similar name key for the names neither found. Only leads whose person has no account
 * yet are looked up.
 */
export async function findBatchAccounts(
  tx: Stores,
  cleans: readonly CleanLead[],
  people: PeoplePlan,
): Promise<StoredAccounts> {
  const needing = leadsNeedingAccount(people).flatMap((index) => cleans[index] ?? [])
  const domains = [...new Set(needing.flatMap((clean) => clean.companyDomain ?? []))]
  const nameKeys = [...new Set(needing.flatMap((clean) => clean.companyKey ?? []))]
  const byDomain = byKey(await tx.intake.findAccountsByDomains(domains), (a) => a.domain)
  const byNameKey = byKey(await tx.intake.findAccountsByNameKeys(nameKeys), (a) => a.nameKey)
  const unmatched = new Set(
    needing.flatMap((clean) =>
      clean.companyKey === null ||
      byNameKey.has(clean.companyKey) ||
      (clean.companyDomain !== null && byDomain.has(clean.companyDomain))
        ? []
        : [clean.companyKey],
    ),
  )
  const similarByNameKey = await tx.intake.findSimilarAccountsByNameKeys(
    [...unmatched],
    similarPerName,
  )
  return { byDomain, byNameKey, similarByNameKey }
}
