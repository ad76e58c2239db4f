import type { MatchProfile } from './match-profile.ts'

export type CompanyAgreement = {
  readonly via: 'account' | 'domain' | 'name'
  readonly detail: string
}

/**
 * The company two people share, if any: the same account, the same corporate email domain, or the
 * same normalized company name. A free-mail or disposable domain is never a shared company.
 */
export function compareCompanies(a: MatchProfile, b: MatchProfile): CompanyAgreement | null {
  if (a.accountId !== null && a.accountId === b.accountId) {
    return { via: 'account', detail: `account ${a.accountId}` }
  }
  if (a.companyDomain !== null && a.companyDomain === b.companyDomain) {
    return { via: 'domain', detail: `domain ${a.companyDomain}` }
  }
  if (a.companyKey !== null && a.companyKey === b.companyKey) {
    return { via: 'name', detail: `name ${a.companyKey}` }
  }
  return null
}
