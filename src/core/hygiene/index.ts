// Hygiene: the pure rules intake runs on every lead before it is stored. Display values are only
// cleaned (never accent-stripped or re-spelled); matching keys (canonical email, company key,
// registrable domain, alpha-2 country, E.164 phone) are derived beside them, and every rule
// reports what it dropped instead of throwing, so a bad field never loses the rest of the lead.
export { cleanLead, type CleanLeadOptions } from './clean-lead.ts'
export { cleanText } from './clean-text.ts'
export { companyDomainOf } from './company-domain-of.ts'
export {
  companyNameNumbers,
  companyNameSimilarity,
  companyNameTiers,
} from './company-name-similarity.ts'
export { normalizeCompanyName } from './normalize-company-name.ts'
export { normalizeCountry } from './normalize-country.ts'
export { normalizeEmailAddress } from './normalize-email-address.ts'
export { readEmailAddress } from './read-email-address.ts'
export { normalizePhone } from './normalize-phone.ts'
export { normalizeSource } from './normalize-source.ts'
export { personNameKey } from './person-name-key.ts'
export { productKey } from './product-key.ts'
export { splitName } from './split-name.ts'
export { stripAccents } from './strip-accents.ts'
export { toEmptyIfPlaceholder } from './to-empty-if-placeholder.ts'
export { toNameCase } from './to-name-case.ts'
export {
  hygieneIssueCodes,
  type CleanLead,
  type CompanyDomain,
  type CompanyDomainMiss,
  type EmailFlags,
  type EmailProblem,
  type HygieneIssue,
  type HygieneIssueCode,
  type LeadRejectReason,
  type NormalizedEmail,
  type NormalizedPhone,
  type NormalizedSource,
  type PersonName,
  type PhoneProblem,
  type RawLead,
} from './types.ts'
