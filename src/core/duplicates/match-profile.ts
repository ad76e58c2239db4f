import { companyDomainOf, normalizeCompanyName, normalizeEmailAddress } from '../hygiene/index.ts'
import type { AccountId } from '../shared/index.ts'
import type { DuplicatePerson } from './types.ts'

/** What matching reads of a person. */
export type MatchPerson = Pick<
  DuplicatePerson,
  'email' | 'firstName' | 'lastName' | 'title' | 'phone' | 'companyName' | 'accountId'
>

/** A person's matching keys, derived once per comparison. */
export type MatchProfile = {
  /** Canonical email; null when missing or invalid. */
  readonly email: string | null
  readonly emailDomain: string | null
  readonly roleAddress: boolean
  /** Registrable domain of a work email; never a free-mail or disposable one. */
  readonly companyDomain: string | null
  readonly companyKey: string | null
  readonly accountId: AccountId | null
}

/** Derives the matching keys of a person from their stored fields. */
export function matchProfile(person: MatchPerson): MatchProfile {
  const address = normalizeEmailAddress(person.email)
  const domain = companyDomainOf({ email: person.email })
  return {
    email: address.valid ? address.canonical : null,
    emailDomain: address.valid ? address.domain : null,
    roleAddress: address.valid && address.flags.roleAddress,
    companyDomain: domain.domain,
    companyKey: normalizeCompanyName(person.companyName),
    accountId: person.accountId,
  }
}
