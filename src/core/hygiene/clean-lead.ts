import { cleanText } from './clean-text.ts'
import { companyDomainOf } from './company-domain-of.ts'
import { normalizeCompanyName } from './normalize-company-name.ts'
import { normalizeCountry } from './normalize-country.ts'
import { normalizeEmailAddress } from './normalize-email-address.ts'
import { normalizePhone } from './normalize-phone.ts'
import { normalizeSource } from './normalize-source.ts'
import { splitName } from './split-name.ts'
import { toEmptyIfPlaceholder } from './to-empty-if-placeholder.ts'
import { toNameCase } from './to-name-case.ts'
import type {
  CleanLead,
  EmailFlags,
  EmailProblem,
  HygieneIssue,
  NormalizedEmail,
  NormalizedPhone,
  PersonName,
  PhoneProblem,
  RawLead,
} from './types.ts'

export type CleanLeadOptions = {
  /** ISO alpha-2 country for national phone numbers when the lead names no country of its own. */
  readonly defaultCountry?: string
}

type TextField = Exclude<keyof RawLead, 'extra'>

const emailProblems = {
  empty: 'is empty',
  missing_at: 'has no @',
  several_at: 'has more than one @',
  whitespace: 'contains a space',
  invalid_local_part: 'has characters not allowed before the @',
  consecutive_dots: 'has two dots in a row',
  invalid_domain: 'has no valid domain after the @',
  invalid_tld: 'ends in an invalid top-level domain',
  too_long: 'is too long',
} as const satisfies Record<EmailProblem, string>

const phoneProblems = {
  empty: 'is empty',
  not_a_number: 'is not a phone number',
  missing_country: 'is a national number and the lead has no country',
  invalid_number: 'is not a valid number for its country',
} as const satisfies Record<PhoneProblem, string>

const noFlags: EmailFlags = { freeMail: false, disposable: false, roleAddress: false }

/**
 * Runs every hygiene rule on one incoming lead: cleans each field, drops placeholders, validates
 * email and phone (national numbers read in the lead's country, else `defaultCountry`), derives
 * name, company key and domain, and lists what was wrong; `rejectReason` is set when the lead has
 * no usable email (valid, not disposable), no valid phone and not both a name and a company.
 */
export function cleanLead(raw: RawLead, options: CleanLeadOptions = {}): CleanLead {
  const issues: HygieneIssue[] = []
  const field = (name: TextField) => fieldText(name, raw[name], issues)
  const country = countryOf(field('country'), issues)
  const email = emailOf(field('email'), issues)
  const phone = phoneOf(field('phone'), country ?? options.defaultCountry, issues)
  const name = nameOf(field('firstName'), field('lastName'), field('fullName'))
  const company = field('company')
  const website = field('website')
  const validEmail = email?.valid === true ? email : undefined
  const usable =
    (validEmail !== undefined && !validEmail.flags.disposable) ||
    phone?.valid === true ||
    ((name.firstName ?? name.lastName) !== null && company !== null)
  return {
    email: validEmail?.email ?? null,
    emailCanonical: validEmail?.canonical ?? null,
    emailFlags: validEmail?.flags ?? noFlags,
    ...name,
    title: field('title'),
    phone: phone?.e164 ?? null,
    phoneExtension: phone?.extension ?? null,
    phoneCountry: phone?.country ?? null,
    company,
    companyKey: normalizeCompanyName(company),
    companyDomain: companyDomainOf({ email: validEmail?.email, website }).domain,
    website,
    country,
    source: sourceOf(raw.source, issues),
    extra: extraOf(raw.extra, issues),
    issues,
    rejectReason: usable ? null : 'no_usable_contact',
  }
}

/** Cleaned text, or null for blanks and placeholders; a placeholder is reported, a blank is not. */
function fieldText(field: string, raw: string | null | undefined, issues: HygieneIssue[]) {
  const text = toEmptyIfPlaceholder(raw)
  const cleaned = cleanText(raw)
  if (text === null && cleaned !== '') {
    issues.push({ field, code: 'placeholder_value', message: `"${cleaned}" is a placeholder.` })
  }
  return text
}

function countryOf(text: string | null, issues: HygieneIssue[]): string | null {
  if (text === null) return null
  const country = normalizeCountry(text)
  if (country === null) {
    const message = `"${text}" is not a country Baton knows.`
    issues.push({ field: 'country', code: 'unknown_country', message })
  }
  return country
}

function emailOf(text: string | null, issues: HygieneIssue[]): NormalizedEmail | undefined {
  if (text === null) return undefined
  const email = normalizeEmailAddress(text)
  const report = (code: HygieneIssue['code'], message: string) => {
    issues.push({ field: 'email', code, message: `"${text}" ${message}.` })
  }
  if (!email.valid) report('invalid_email', emailProblems[email.problem])
  if (email.flags.disposable) report('disposable_email', 'is a disposable address')
  if (email.flags.roleAddress) report('role_email', 'is a shared role address, not a person')
  return email
}

function phoneOf(text: string | null, country: string | undefined, issues: HygieneIssue[]) {
  if (text === null) return undefined
  const phone: NormalizedPhone = normalizePhone(text, country)
  if (!phone.valid) {
    const message = `"${text}" ${phoneProblems[phone.problem]}.`
    issues.push({ field: 'phone', code: 'invalid_phone', message })
  }
  return phone
}

/** Explicit first and last names win; whatever is missing comes from the full name. */
function nameOf(first: string | null, last: string | null, full: string | null): PersonName {
  const split = first === null || last === null ? splitName(full) : undefined
  return {
    firstName: first === null ? (split?.firstName ?? null) : toNameCase(first),
    lastName: last === null ? (split?.lastName ?? null) : toNameCase(last),
  }
}

function sourceOf(raw: string | null | undefined, issues: HygieneIssue[]): string | null {
  const { source, junk } = normalizeSource(raw)
  if (junk) {
    const message = `"${cleanText(raw)}" is a test value, not a lead source.`
    issues.push({ field: 'source', code: 'junk_source', message })
    return null
  }
  if (source === null) fieldText('source', raw, issues)
  return source
}

function extraOf(extra: RawLead['extra'], issues: HygieneIssue[]): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [name, raw] of Object.entries(extra)) {
    const text = fieldText(name, raw, issues)
    if (text !== null) kept[name] = text
  }
  return kept
}
