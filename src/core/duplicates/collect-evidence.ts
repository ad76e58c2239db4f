import { compareCompanies } from './compare-companies.ts'
import { compareFirstNameWords } from './compare-first-names.ts'
import { compareLastNameWords } from './compare-last-names.ts'
import type { DuplicatePolicy } from './duplicate-policy.ts'
import type { MatchPerson, MatchProfile } from './match-profile.ts'
import type { MatchEvidence, MatchVerdict } from './types.ts'

type Points = DuplicatePolicy['points']

const firstNamePoints = (points: Points): Record<MatchVerdict, number> => ({
  same: points.firstName,
  nickname: points.firstNameNickname,
  partial: points.firstNamePartial,
  initial: points.firstNameInitial,
  different: points.firstNameDifferent,
})

const lastNamePoints = (points: Points): Record<MatchVerdict, number> => ({
  same: points.lastName,
  nickname: points.lastNamePartial,
  partial: points.lastNamePartial,
  initial: points.lastNamePartial,
  different: points.lastNameDifferent,
})

/**
 * Every field on which two people agree or disagree, with its points under the policy. A shared
 * role address (info@) is no evidence at all: many people write from it.
 */
export function collectEvidence(
  people: readonly [MatchPerson, MatchPerson],
  profiles: readonly [MatchProfile, MatchProfile],
  points: Points,
): MatchEvidence[] {
  const [a, b] = people
  const [pa, pb] = profiles
  const evidence: MatchEvidence[] = []
  if (pa.email !== null && pa.email === pb.email && !pa.roleAddress) {
    evidence.push({ field: 'email', verdict: 'same', points: points.email })
  }
  const first = compareFirstNameWords(pa.firstNameWords, pb.firstNameWords)
  if (first !== null) {
    evidence.push({ field: 'first_name', verdict: first, points: firstNamePoints(points)[first] })
  }
  const last = compareLastNameWords(pa.lastNameWords, pb.lastNameWords)
  if (last !== null) {
    evidence.push({ field: 'last_name', verdict: last, points: lastNamePoints(points)[last] })
  }
  if (a.phone !== null && a.phone === b.phone) {
    evidence.push({ field: 'phone', verdict: 'same', points: points.phone })
  } else if (a.phone !== null && b.phone !== null) {
    // Two numbers are no proof of two people, but they keep a match from merging unreviewed.
    evidence.push({ field: 'phone', verdict: 'different', points: 0 })
  }
  const company = compareCompanies(pa, pb)
  if (company !== null) {
    const detail = company.detail
    evidence.push({ field: 'company', verdict: 'same', points: points.company, detail })
  }
  if (pa.titleKey !== null && pa.titleKey === pb.titleKey) {
    evidence.push({ field: 'title', verdict: 'same', points: points.title })
  }
  return evidence
}
