import { collectEvidence } from './collect-evidence.ts'
import { defaultDuplicatePolicy, type DuplicatePolicy } from './duplicate-policy.ts'
import { matchProfile, type MatchPerson, type MatchProfile } from './match-profile.ts'
import type { DuplicateMatch, MatchBlock, MatchEvidence, MatchField, MatchTier } from './types.ts'

const personalFields: ReadonlySet<MatchField> = new Set([
  'email',
  'first_name',
  'last_name',
  'phone',
])

/**
 * Scores whether two people are one: points per agreeing field (policy), tiered by the policy's
 * thresholds, then the hard rules. Never a match when nothing personal (email, name, phone) agrees,
 * so a role address or a shared company alone never joins two people; different addresses at one
 * corporate domain under different first names are different people; phone + full name is strong;
 * full name + company is weak unless another field (phone, title, email) agrees; and nothing is
 * strong without the full name or the email.
 */
export function scoreMatch(
  a: MatchPerson,
  b: MatchPerson,
  policy: DuplicatePolicy = defaultDuplicatePolicy,
): DuplicateMatch {
  const profiles = [matchProfile(a), matchProfile(b)] as const
  const evidence = collectEvidence([a, b], profiles, policy.points)
  const score = Math.max(
    0,
    evidence.reduce((sum, item) => sum + item.points, 0),
  )
  const blockedBy = blockOf(profiles, evidence)
  if (blockedBy !== null) return { tier: 'none', score, evidence, blockedBy }
  return { tier: tierOf(score, evidence, policy), score, evidence, blockedBy: null }
}

function blockOf(
  [a, b]: readonly [MatchProfile, MatchProfile],
  evidence: readonly MatchEvidence[],
): MatchBlock | null {
  const personal = evidence.some((item) => item.points > 0 && personalFields.has(item.field))
  const sharedMailbox = a.emailDomain !== null && a.emailDomain === b.emailDomain
  if (!personal && sharedMailbox && (a.roleAddress || b.roleAddress)) return 'role_address'
  const firstNames = evidence.find((item) => item.field === 'first_name')
  const oneCompany = a.companyDomain !== null && a.companyDomain === b.companyDomain
  if (oneCompany && a.email !== b.email && firstNames?.verdict === 'different') {
    return 'different_people'
  }
  return null
}

function tierOf(
  score: number,
  evidence: readonly MatchEvidence[],
  policy: DuplicatePolicy,
): MatchTier {
  const agreed = (field: MatchField, ...verdicts: string[]) =>
    evidence.some(
      (item) => item.field === field && item.points > 0 && verdicts.includes(item.verdict),
    )
  if (!evidence.some((item) => item.points > 0 && personalFields.has(item.field))) return 'none'
  const exactName = agreed('first_name', 'same') && agreed('last_name', 'same')
  const fullName = agreed('first_name', 'same', 'nickname') && agreed('last_name', 'same')
  const email = agreed('email', 'same')
  if (exactName && agreed('phone', 'same')) return 'strong'
  if (fullName && agreed('company', 'same')) {
    const another = agreed('phone', 'same') || agreed('title', 'same') || email
    return another ? 'strong' : 'weak'
  }
  const tier: MatchTier =
    score >= policy.strongScore ? 'strong' : score >= policy.weakScore ? 'weak' : 'none'
  return tier === 'strong' && !fullName && !email ? 'weak' : tier
}
