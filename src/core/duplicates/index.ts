// Duplicates: whether two stored people are one, beyond the canonical email intake already matches
// on. A pair scores points for each agreeing field (policy) and falls in a tier: strong merges on its
// own, weak waits for a person. A role address or a free-mail domain is never common ground. A merge
// keeps both rows (the loser points at the older survivor) and is planned so it can be undone.
export { areNicknames } from './are-nicknames.ts'
export { compareCompanies, type CompanyAgreement } from './compare-companies.ts'
export { compareFirstNames } from './compare-first-names.ts'
export { compareLastNames } from './compare-last-names.ts'
export { defaultDuplicatePolicy, type DuplicatePolicy } from './duplicate-policy.ts'
export { matchProfile, type MatchPerson, type MatchProfile } from './match-profile.ts'
export { nameKey, nameWords } from './name-words.ts'
export { orderPair } from './order-pair.ts'
export { mergedSurvivor, olderFirst, planMerge, type MergePlan } from './plan-merge.ts'
export { planReview, type ReviewedPair, type ReviewPlan } from './plan-review.ts'
export { planUnmerge, type UnmergePlan } from './plan-unmerge.ts'
export { scoreMatch } from './score-match.ts'
export type {
  CandidateStatus,
  DuplicateCandidate,
  DuplicateMatch,
  DuplicatePerson,
  FieldChange,
  MatchBlock,
  MatchEvidence,
  MatchField,
  MatchTier,
  MatchVerdict,
  MergeField,
  MergeFields,
} from './types.ts'
