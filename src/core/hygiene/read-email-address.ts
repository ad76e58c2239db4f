import { cleanText } from './clean-text.ts'
import type { EmailAddress, EmailProblem } from './types.ts'

const gmailDomains: ReadonlySet<string> = new Set(['gmail.com', 'googlemail.com'])

// RFC 5322 dot-atom, pragmatic: ASCII atext or any letter/digit, no quoted strings, no IP literals.
const localPartShape = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u
const labelShape = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u
const tldShape = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u

/**
 * Cleans and checks an email address (lower case; "mailto:", display name, angle brackets and
 * trailing punctuation removed) against a pragmatic RFC 5322 subset; `canonical` is the form to
 * match on. It does not flag the address (see normalizeEmailAddress): an event or a lookup needs
 * only the key.
 */
export function readEmailAddress(raw: string | null | undefined): EmailAddress {
  const email = unwrap(cleanText(raw).toLowerCase())
  const at = email.lastIndexOf('@')
  const localPart = at < 0 ? email : email.slice(0, at)
  const domain = at < 0 ? '' : email.slice(at + 1)
  const problem = problemOf(email, localPart, domain)
  if (problem !== undefined)
    return { email, localPart, domain, canonical: email, valid: false, problem }
  return { email, localPart, domain, canonical: canonicalOf(localPart, domain), valid: true }
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
