import type { AccountId } from '../shared/index.ts'
import { companyNameSimilarity } from '../hygiene/index.ts'
import { planAccountMatch } from './plan-account-match.ts'
import { personRefKey, type PeoplePlan, type PersonRef } from './plan-lead-batch.ts'
import type { CleanLead, KnownAccount } from './types.ts'

/** An account a batch links to: one already stored, or the batch's `index`-th new account. */
export type AccountRef =
  | { readonly kind: 'stored'; readonly id: AccountId }
  | { readonly kind: 'created'; readonly index: number }

/** Stored accounts the batch's companies name: by domain, by name key, and similar by name key. */
export type StoredAccounts = {
  readonly byDomain: ReadonlyMap<string, KnownAccount>
  readonly byNameKey: ReadonlyMap<string, KnownAccount>
  readonly similarByNameKey: ReadonlyMap<string, readonly KnownAccount[]>
}

/** A person of the batch and the account it is linked to. */
export type AccountLink = { readonly person: PersonRef; readonly account: AccountRef }

export type AccountCreate = {
  readonly name: string
  readonly domain: string
  readonly nameKey: string | null
}

export type AccountsPlan = {
  readonly creates: readonly AccountCreate[]
  /** The account each person of the batch gets, by person ref key; people not here keep theirs. */
  readonly links: ReadonlyMap<string, AccountLink>
}

/** The leads whose person has no account yet: only their companies need looking up. */
export function leadsNeedingAccount(people: PeoplePlan): number[] {
  return people.resolutions.flatMap((resolution, index) =>
    resolution.kind !== 'rejected' &&
    people.people.get(personRefKey(resolution.person))?.accountId == null
      ? [index]
      : [],
  )
}

/**
 * Matches each person of the batch without an account, in capture order, by planAccountMatch: against
 * the stored accounts and those the batch creates before it (by domain and exact name key), so two
 * leads of one new company share one new account.
 */
export function planAccountBatch(
  cleans: readonly CleanLead[],
  people: PeoplePlan,
  stored: StoredAccounts,
): AccountsPlan {
  const creates: AccountCreate[] = []
  const links = new Map<string, AccountLink>()
  const refs = new Map<string, AccountRef>()
  const createdByDomain = new Map<string, KnownAccount>()
  const createdByNameKey = new Map<string, KnownAccount>()
  const known = (account: KnownAccount | undefined) => {
    if (account && !refs.has(account.id)) refs.set(account.id, { kind: 'stored', id: account.id })
    return account
  }
  for (const index of leadsNeedingAccount(people)) {
    const resolution = people.resolutions[index]
    const clean = cleans[index]
    if (!clean || !resolution || resolution.kind === 'rejected') continue
    const personKey = personRefKey(resolution.person)
    if (links.has(personKey)) continue
    const { companyDomain: domain, companyKey: key } = clean
    const byDomain =
      domain === null
        ? undefined
        : (known(stored.byDomain.get(domain)) ?? createdByDomain.get(domain))
    const byNameKey =
      key === null ? undefined : (known(stored.byNameKey.get(key)) ?? createdByNameKey.get(key))
    const similar =
      byDomain || byNameKey || key === null
        ? []
        : (stored.similarByNameKey.get(key) ?? []).map((account) => ({
            account: known(account) ?? account,
            similarity: companyNameSimilarity(clean.company, account.name),
          }))
    const match = planAccountMatch(clean, {
      ...(byDomain ? { byDomain } : {}),
      ...(byNameKey ? { byNameKey } : {}),
      similar,
    })
    if (match.kind === 'existing') {
      const account = refs.get(match.accountId)
      if (account) links.set(personKey, { person: resolution.person, account })
    } else if (match.kind === 'create') {
      const ref: AccountRef = { kind: 'created', index: creates.length }
      const id = `created:${creates.length}` as AccountId
      const account: KnownAccount = {
        id,
        name: match.name,
        nameKey: match.nameKey,
        domain: match.domain,
      }
      creates.push({ name: match.name, domain: match.domain, nameKey: match.nameKey })
      refs.set(id, ref)
      createdByDomain.set(match.domain, account)
      if (match.nameKey !== null && !createdByNameKey.has(match.nameKey))
        createdByNameKey.set(match.nameKey, account)
      links.set(personKey, { person: resolution.person, account: ref })
    }
  }
  return { creates, links }
}
