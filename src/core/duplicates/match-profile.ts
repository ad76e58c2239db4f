import { companyDomainOf, normalizeCompanyName, normalizeEmailAddress } from '../hygiene/index.ts'
import type { AccountId } from '../shared/index.ts'
import { nameKey, nameWords } from './name-words.ts'
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
  readonly firstNameWords: readonly string[]
  readonly lastNameWords: readonly string[]
  readonly titleKey: string | null
}

// People are read-only values, so a person's keys can be kept for as long as the person is: a
// review scores thousands of pairs over far fewer people, and deriving keys dominates scoring.
const derived = new WeakMap<MatchPerson, MatchProfile>()

/** Derives the matching keys of a person from their stored fields (computed once per person). */
export function matchProfile(person: MatchPerson): MatchProfile {
  const known = derived.get(person)
  if (known) return known
  const profile = deriveProfile(person)
  derived.set(person, profile)
  return profile
}

function deriveProfile(person: MatchPerson): MatchProfile {
  const address = normalizeEmailAddress(person.email)
  const domain = companyDomainOf({ email: person.email })
  return {
    email: address.valid ? address.canonical : null,
    emailDomain: address.valid ? address.domain : null,
    roleAddress: address.valid && address.flags.roleAddress,
    companyDomain: domain.domain,
    companyKey: normalizeCompanyName(person.companyName),
    accountId: person.accountId,
    firstNameWords: nameWords(person.firstName),
    lastNameWords: nameWords(person.lastName),
    titleKey: nameKey(person.title),
  }
}
