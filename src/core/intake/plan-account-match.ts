import type { AccountMatch, CleanLead, KnownAccount } from './types.ts'

export type AccountCandidates = {
  readonly byDomain?: KnownAccount
  readonly byNameKey?: KnownAccount
  /** Accounts with similar names, each with its similarity in 0..1. */
  readonly similar: readonly { readonly account: KnownAccount; readonly similarity: number }[]
}

/** Name similarity at or above which a fuzzy match links the lead without review. */
export const strongNameSimilarity = 0.92

/**
 * Matches a lead to its account: by the corporate domain of its website or work email first (never a
 * free-mail or disposable domain), then by the normalized company name, then by a strong fuzzy name
 * match; with no match, a corporate domain creates the account, and anything weaker links nothing.
 */
export function planAccountMatch(clean: CleanLead, candidates: AccountCandidates): AccountMatch {
  if (candidates.byDomain)
    return { kind: 'existing', accountId: candidates.byDomain.id, rule: 'domain' }
  if (candidates.byNameKey)
    return { kind: 'existing', accountId: candidates.byNameKey.id, rule: 'name' }
  const best = [...candidates.similar].sort((a, b) => b.similarity - a.similarity)[0]
  if (best && best.similarity >= strongNameSimilarity) {
    return { kind: 'existing', accountId: best.account.id, rule: 'fuzzy_name' }
  }
  if (clean.companyDomain !== null) {
    const name = clean.company ?? clean.companyDomain
    return { kind: 'create', name, domain: clean.companyDomain, nameKey: clean.companyKey }
  }
  if (best) return { kind: 'none', reason: 'weak_name_match' }
  if (clean.company === null) {
    const free = clean.emailFlags.freeMail || clean.emailFlags.disposable
    return { kind: 'none', reason: free ? 'free_mail_domain' : 'no_company' }
  }
  return { kind: 'none', reason: 'no_corporate_domain' }
}
