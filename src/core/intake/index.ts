// Intake: one lead in, at most one person out. A lead is the same person as a stored one when its
// source id or its canonical email matches; a repeat fills blanks and is recorded as behaviour, never
// as a new lead. Accounts are matched by corporate domain, then name; free-mail domains never match.
export {
  planAccountMatch,
  strongNameSimilarity,
  type AccountCandidates,
} from './plan-account-match.ts'
export { planLeadUpsert } from './plan-lead-upsert.ts'
export {
  personRefKey,
  planLeadBatch,
  type BatchLead,
  type LeadResolution,
  type PeoplePlan,
  type PersonCreate,
  type PersonRef,
  type StoredPerson,
  type StoredPersonChanges,
} from './plan-lead-batch.ts'
export {
  leadsNeedingAccount,
  planAccountBatch,
  type AccountCreate,
  type AccountLink,
  type AccountRef,
  type AccountsPlan,
  type StoredAccounts,
} from './plan-account-batch.ts'
export type {
  AccountMatch,
  CleanLead,
  KnownAccount,
  KnownPerson,
  LeadInput,
  LeadUpsert,
  PersonPatch,
} from './types.ts'
