import { disposableEmailBlocklistSet } from 'disposable-email-domains-js'
import freeMailDomainList from 'email-providers/all.json' with { type: 'json' }
import { getDomain } from 'tldts'
import { readEmailAddress } from './read-email-address.ts'
import type { EmailFlags, NormalizedEmail } from './types.ts'

// Built once: the package's own isDisposableEmailDomain() rebuilds this 8,900-entry set per call.
const disposableDomains: ReadonlySet<string> = disposableEmailBlocklistSet()
const freeMailDomains: ReadonlySet<string> = new Set(freeMailDomainList)
// Compared without dots, dashes and underscores, so "no-reply", "no_reply" and "no.reply" match.
const roleLocalParts: ReadonlySet<string> = new Set(
  [
    'info',
    'sales',
    'admin',
    'support',
    'contact',
    'hello',
    'marketing',
    'office',
    'team',
    'noreply',
    'donotreply',
    'billing',
    'hr',
    'jobs',
    'careers',
    'webmaster',
    'postmaster',
    'enquiries',
    'inquiries',
    'help',
    'abuse',
  ].map(roleKey),
)
const noFlags: EmailFlags = { freeMail: false, disposable: false, roleAddress: false }

/**
 * readEmailAddress's cleaned, checked address, flagged as free-mail, disposable or a role address
 * (info@, sales@, noreply@) when valid.
 */
export function normalizeEmailAddress(raw: string | null | undefined): NormalizedEmail {
  const address = readEmailAddress(raw)
  if (!address.valid) return { ...address, flags: noFlags }
  return { ...address, flags: flagsOf(address.localPart, address.domain) }
}

function flagsOf(localPart: string, domain: string): EmailFlags {
  const registrable = getDomain(domain, { allowPrivateDomains: true }) ?? domain
  const listed = (set: ReadonlySet<string>) => set.has(domain) || set.has(registrable)
  return {
    freeMail: listed(freeMailDomains),
    disposable: listed(disposableDomains),
    roleAddress: roleLocalParts.has(roleKey(localPart.replace(/\+.*$/u, ''))),
  }
}

function roleKey(localPart: string): string {
  return localPart.replace(/[._-]/gu, '')
}
