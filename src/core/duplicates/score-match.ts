import { collectEvidence } from './collect-evidence.ts'
import { defaultDuplicatePolicy, type DuplicatePolicy } from './duplicate-policy.ts'
import { matchProfile, type MatchPerson, type MatchProfile } from './match-profile.ts'
import type { DuplicateMatch, MatchBlock, MatchEvidence, MatchField, MatchTier } from './types.ts'

type Profiles = readonly [MatchProfile, MatchProfile]

const personalFields: ReadonlySet<MatchField> = new Set([
  'email',
  'first_name',
  'last_name',
  'phone',
])

/**
 * Scores whether two people are one: points per agreeing field (policy), tiered by the policy's
 * thresholds, then the hard rules. Never a match when nothing personal (email, name, phone) agrees,
 * so a role address or a shared company alone never joins two people (beside a role address a
 * phone is the company's line, not personal); different addresses at one corporate domain under
 * different first names are different people; phone + full name is strong; full name + company is
 * weak unless another field (phone, title, email) agrees; nothing is strong without the full name
 * or the email.
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
  const personal = isPersonal(profiles, evidence)
  const blockedBy = blockOf(profiles, evidence, personal)
  if (blockedBy !== null) return { tier: 'none', score, evidence, blockedBy }
  const tier = personal ? tierOf(score, evidence, policy) : 'none'
  return { tier, score, evidence, blockedBy: null }
}

function isPersonal([a, b]: Profiles, evidence: readonly MatchEvidence[]): boolean {
  const role = a.roleAddress || b.roleAddress
  return evidence.some(
    (item) =>
      item.points > 0 && personalFields.has(item.field) && !(role && item.field === 'phone'),
  )
}

function blockOf(
  [a, b]: Profiles,
  evidence: readonly MatchEvidence[],
  personal: boolean,
): MatchBlock | null {
  const sharedMailbox = a.emailDomain !== null && a.emailDomain === b.emailDomain
  if (!personal && sharedMailbox && (a.roleAddress || b.roleAddress)) return 'role_address'
  const firstNames = evidence.find((item) => item.field === 'first_name')
  const oneCompany = a.companyDomain !== null && a.companyDomain === b.companyDomain
  if (oneCompany && a.email !== b.email && firstNames?.verdict === 'different') {
    return 'different_people'
  }
  return null
}

// A strong match whose phones disagree goes to review instead of merging: conflicting contact data
// needs a person to look (two "Ana Simões, CTO" at one company with different mobiles).
function tierOf(
  score: number,
  evidence: readonly MatchEvidence[],
  policy: DuplicatePolicy,
): MatchTier {
  const tier = evidenceTier(score, evidence, policy)
  const phonesDiffer = evidence.some(
    (item) => item.field === 'phone' && item.verdict === 'different',
  )
  return tier === 'strong' && phonesDiffer ? 'weak' : tier
}

function evidenceTier(
  score: number,
  evidence: readonly MatchEvidence[],
  policy: DuplicatePolicy,
): MatchTier {
  const agreed = (field: MatchField, ...verdicts: string[]) =>
    evidence.some(
      (item) => item.field === field && item.points > 0 && verdicts.includes(item.verdict),
    )
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
