/** A lead as intake receives it (form, API or file row): every field is untrusted or missing. */
export type RawLead = {
  readonly email?: string | null
  readonly firstName?: string | null
  readonly lastName?: string | null
  readonly fullName?: string | null
  readonly title?: string | null
  readonly phone?: string | null
  readonly company?: string | null
  readonly website?: string | null
  readonly country?: string | null
  readonly source?: string | null
  /** Columns Baton has no field for, e.g. X Education's "Specialization", kept by name. */
  readonly extra: Readonly<Record<string, string>>
}

/** A lead after hygiene: cleaned display values, matching keys, flags, and what was wrong. */
export type CleanLead = {
  /** The address as typed (lower case, +tag kept); null when missing or invalid. */
  readonly email: string | null
  /** The address for duplicate matching: +tag removed, Gmail dots removed. */
  readonly emailCanonical: string | null
  readonly emailFlags: EmailFlags
  readonly firstName: string | null
  readonly lastName: string | null
  readonly title: string | null
  /** E.164, e.g. "+14155552671"; null when missing or invalid. */
  readonly phone: string | null
  readonly phoneExtension: string | null
  /** ISO 3166-1 alpha-2 country of the phone number. */
  readonly phoneCountry: string | null
  /** The company name as typed, cleaned; `companyKey` is the one to match on. */
  readonly company: string | null
  readonly companyKey: string | null
  /** Registrable domain from the website or a work email, e.g. "acme.co.uk". */
  readonly companyDomain: string | null
  readonly website: string | null
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null
  readonly source: string | null
  readonly extra: Readonly<Record<string, string>>
  readonly issues: readonly HygieneIssue[]
  /** Set when the lead cannot be worked at all; such a lead is counted as a bad record. */
  readonly rejectReason: LeadRejectReason | null
}

export const hygieneIssueCodes = [
  'placeholder_value',
  'invalid_email',
  'disposable_email',
  'role_email',
  'invalid_phone',
  'unknown_country',
  'junk_source',
] as const
export type HygieneIssueCode = (typeof hygieneIssueCodes)[number]

/** One finding on one field; `field` is a RawLead field name or an `extra` column name. */
export type HygieneIssue = {
  readonly field: string
  readonly code: HygieneIssueCode
  readonly message: string
}

/** No valid email, no valid phone, and not both a name and a company. */
export type LeadRejectReason = 'no_usable_contact'

export type PersonName = {
  readonly firstName: string | null
  readonly lastName: string | null
}

export type EmailProblem =
  | 'empty'
  | 'missing_at'
  | 'several_at'
  | 'whitespace'
  | 'invalid_local_part'
  | 'consecutive_dots'
  | 'invalid_domain'
  | 'invalid_tld'
  | 'too_long'

export type EmailFlags = {
  readonly freeMail: boolean
  readonly disposable: boolean
  readonly roleAddress: boolean
}

export type EmailAddress = {
  /** Trimmed, lower case, "mailto:" and angle brackets removed; +tag kept. */
  readonly email: string
  /** Matching form: +tag removed; gmail.com/googlemail.com also without dots, as gmail.com. */
  readonly canonical: string
  readonly localPart: string
  readonly domain: string
} & (
  | { readonly valid: true; readonly problem?: undefined }
  | { readonly valid: false; readonly problem: EmailProblem }
)

export type NormalizedEmail = EmailAddress & { readonly flags: EmailFlags }

export type PhoneProblem = 'empty' | 'not_a_number' | 'missing_country' | 'invalid_number'

export type NormalizedPhone =
  | {
      readonly valid: true
      readonly e164: string
      readonly country?: string
      readonly extension?: string
      readonly problem?: undefined
    }
  | {
      readonly valid: false
      readonly problem: PhoneProblem
      readonly e164?: undefined
      readonly country?: string
      readonly extension?: string
    }

export type CompanyDomainMiss =
  | 'no_source'
  | 'invalid_website'
  | 'not_company_website'
  | 'invalid_email'
  | 'free_mail'
  | 'disposable'

/** Where a lead's company domain came from, or why there is none. */
export type CompanyDomain =
  | { readonly domain: string; readonly from: 'website' | 'email' }
  | { readonly domain: null; readonly reason: CompanyDomainMiss }

export type NormalizedSource = {
  /** Lower case, separators as single spaces, aliases merged; null when blank or a placeholder. */
  readonly source: string | null
  /** A test or keyboard-mash value such as "testone" or "asdf". */
  readonly junk: boolean
}
