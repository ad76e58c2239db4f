import { disposableEmailBlocklistSet } from 'disposable-email-domains-js'
import freeMailDomainList from 'email-providers/all.json' with { type: 'json' }
import { getDomain } from 'tldts'
import { cleanText } from './clean-text.ts'
import type { EmailFlags, EmailProblem, NormalizedEmail } from './types.ts'

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
const gmailDomains: ReadonlySet<string> = new Set(['gmail.com', 'googlemail.com'])

// RFC 5322 dot-atom, pragmatic: ASCII atext or any letter/digit, no quoted strings, no IP literals.
const localPartShape = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u
const labelShape = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u
const tldShape = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u
const noFlags: EmailFlags = { freeMail: false, disposable: false, roleAddress: false }

/**
 * Cleans and checks an email address (lower case; "mailto:", display name, angle brackets and
 * trailing punctuation removed) against a pragmatic RFC 5322 subset, and flags free-mail,
 * disposable and role addresses (info@, sales@, noreply@); `canonical` is the form to match on.
 */
export function normalizeEmailAddress(raw: string | null | undefined): NormalizedEmail {
  const email = unwrap(cleanText(raw).toLowerCase())
  const at = email.lastIndexOf('@')
  const localPart = at < 0 ? email : email.slice(0, at)
  const domain = at < 0 ? '' : email.slice(at + 1)
  const base = { email, localPart, domain, canonical: email }
  const problem = problemOf(email, localPart, domain)
  if (problem !== undefined) return { ...base, flags: noFlags, valid: false, problem }
  return {
    ...base,
    canonical: canonicalOf(localPart, domain),
    flags: flagsOf(localPart, domain),
    valid: true,
  }
}

function unwrap(text: string): string {
  const bracketed = /<([^<>]*)>/u.exec(text)
  const inner = bracketed ? (bracketed[1] ?? '') : text
  const address = inner.trim()
  // A mailto: link may carry ?subject=...; a bare address may legally contain "?".
  const unlinked = address.startsWith('mailto:')
    ? address.slice('mailto:'.length).replace(/\?.*$/u, '')
    : address
  return unlinked.replace(/[.,;:]+$/u, '')
}

function problemOf(email: string, localPart: string, domain: string): EmailProblem | undefined {
  if (email === '') return 'empty'
  if (!email.includes('@')) return 'missing_at'
  if (email.indexOf('@') !== email.lastIndexOf('@')) return 'several_at'
  if (/\s/u.test(email)) return 'whitespace'
  if (email.includes('..')) return 'consecutive_dots'
  if (localPart.length > 64 || email.length > 254) return 'too_long'
  if (!localPartShape.test(localPart)) return 'invalid_local_part'
  const labels = domain.split('.')
  const tld = labels.at(-1) ?? ''
  if (labels.length < 2 || !labels.every((label) => labelShape.test(label))) return 'invalid_domain'
  if (!tldShape.test(tld)) return 'invalid_tld'
  return undefined
}

function canonicalOf(localPart: string, domain: string): string {
  const untagged = localPart.replace(/(?<=.)\+.*$/u, '')
  if (!gmailDomains.has(domain)) return `${untagged}@${domain}`
  return `${untagged.replaceAll('.', '')}@gmail.com`
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
