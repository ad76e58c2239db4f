// Records: the shapes of people, accounts and opportunities, and the identity rules that keep one row per
// real thing (a person's normalized email and an account's domain are unique within a workspace).
export { normalizeDomain } from './normalize-domain.ts'
export { normalizeEmail } from './normalize-email.ts'
export {
  opportunityHorizons,
  opportunitySources,
  opportunityStatuses,
  type Account,
  type AccountFields,
  type Opportunity,
  type OpportunityFields,
  type OpportunityHorizon,
  type OpportunitySource,
  type OpportunityStatus,
  type Person,
  type PersonFields,
} from './types.ts'
