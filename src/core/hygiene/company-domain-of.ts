import { parse } from 'tldts'
import { cleanText } from './clean-text.ts'
import { normalizeEmailAddress } from './normalize-email-address.ts'
import type { CompanyDomain, CompanyDomainMiss } from './types.ts'

// Hosts people paste into a "website" field that belong to someone else: profiles and link hubs.
const profileHosts: ReadonlySet<string> = new Set([
  'linkedin.com',
  'facebook.com',
  'instagram.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'tiktok.com',
  'linktr.ee',
  'bit.ly',
  'google.com',
])
const labelShape = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u
// Private suffixes count: "acme.github.io" and "acme.myshopify.com" are the company's own sites.
const suffixOptions = { allowPrivateDomains: true } as const

/**
 * The registrable domain of a lead's company ("www.acme.co.uk/about" -> "acme.co.uk"), from the
 * website when it names one, else from a work email; never from a free-mail or disposable address
 * or a social profile link, in which case the result says why there is none.
 */
export function companyDomainOf(lead: {
  readonly email?: string | null
  readonly website?: string | null
}): CompanyDomain {
  const fromWebsite = websiteDomain(cleanText(lead.website))
  if (fromWebsite.domain !== null) return fromWebsite
  const fromEmail = emailDomain(cleanText(lead.email))
  if (fromEmail.domain !== null) return fromEmail
  // The email's reason says more (a free-mail address) than a missing website does.
  return fromEmail.reason === 'no_source' ? fromWebsite : fromEmail
}

function websiteDomain(website: string): CompanyDomain {
  if (website === '') return missing('no_source')
  const { domain, isIp } = parse(website.toLowerCase(), suffixOptions)
  if (isIp === true || domain === null || !domain.split('.').every((l) => labelShape.test(l))) {
    return missing('invalid_website')
  }
  const icannDomain = parse(domain).domain ?? domain
  if (profileHosts.has(icannDomain)) return missing('not_company_website')
  return { domain, from: 'website' }
}

function emailDomain(email: string): CompanyDomain {
  if (email === '') return missing('no_source')
  const address = normalizeEmailAddress(email)
  if (!address.valid) return missing('invalid_email')
  if (address.flags.disposable) return missing('disposable')
  if (address.flags.freeMail) return missing('free_mail')
  const domain = parse(address.domain, suffixOptions).domain
  return domain === null ? missing('invalid_email') : { domain, from: 'email' }
}

function missing(reason: CompanyDomainMiss): CompanyDomain {
  return { domain: null, reason }
}
