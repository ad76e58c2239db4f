import type { LeadInput } from '../../src/core/intake/index.ts'
import type { Random } from '../harness.ts'
import { companyText, type Company } from './generate-companies.ts'
import { sources, titles } from './lead-vocabulary.ts'

/** How a repeat capture of a person differs from the first: the ways one person re-enters. */
export type DuplicateVariant =
  'email_case' | 'plus_tag' | 'gmail_dots' | 'new_title' | 'display_name'

export const duplicateVariants: readonly DuplicateVariant[] = [
  'email_case',
  'plus_tag',
  'gmail_dots',
  'new_title',
  'display_name',
]

/** What the generator keeps of each original lead to plant repeats of it later. */
export type Original = {
  readonly index: number
  readonly canonicalEmail: string
  readonly company: Company | null
  readonly gmail: boolean
}

export type PlantInput = {
  readonly original: Original
  readonly lead: LeadInput
  readonly variant: DuplicateVariant
  readonly occurredAt: Date
}

const tags = ['newsletter', 'webinar', 'crm', 'events', '2024']

/** A variant to plant; Gmail dots only once a Gmail original exists. */
export function pickVariant(random: Random, gmailAvailable: boolean): DuplicateVariant {
  const roll = random.next()
  if (roll < 0.15 && gmailAvailable) return 'gmail_dots'
  if (roll < 0.4) return 'email_case'
  if (roll < 0.6) return 'plus_tag'
  if (roll < 0.85) return 'new_title'
  return 'display_name'
}

/**
 * A later capture of the original's person: the address changed as `variant` says, and the rest
 * drifting as repeat captures do (another source, another suffix on the company, a missing phone).
 */
export function plantDuplicate(random: Random, input: PlantInput): LeadInput {
  const { original, lead, variant } = input
  const email = lead.email ?? ''
  const title =
    variant === 'new_title'
      ? random.pick(titles.filter((candidate) => candidate !== lead.title))
      : random.next() < 0.7
        ? lead.title
        : null
  return {
    ...lead,
    email: emailVariant(random, email, variant),
    title,
    phone: random.next() < 0.7 ? lead.phone : null,
    company: original.company === null ? lead.company : companyText(random, original.company),
    source: random.next() < 0.5 ? random.pick(sources) : lead.source,
    occurredAt: input.occurredAt,
  }
}

function emailVariant(random: Random, email: string, variant: DuplicateVariant): string {
  const at = email.lastIndexOf('@')
  const local = email.slice(0, at)
  const domain = email.slice(at + 1)
  switch (variant) {
    case 'email_case':
      return random.next() < 0.5
        ? email.toUpperCase()
        : `${capitalized(local)}@${capitalized(domain)}`
    case 'plus_tag':
      return `${local}+${random.pick(tags)}@${domain}`
    case 'gmail_dots':
      return `${redotted(random, local)}@${random.next() < 0.3 ? 'googlemail.com' : domain}`
    case 'new_title':
      return email
    case 'display_name':
      return `${capitalized(local.replace(/[._]/gu, ' '))} <${email}>`
  }
}

/** "jose.nunez" -> "Jose.Nunez": each word starts upper case, as people retype their address. */
function capitalized(text: string): string {
  return text.replace(
    /(^|[^a-z])([a-z])/gu,
    (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`,
  )
}

/** The same Gmail mailbox written with dots elsewhere, or none: "jose.nunez" -> "jos.enunez". */
function redotted(random: Random, local: string): string {
  const letters = local.replaceAll('.', '')
  if (letters.length < 2 || (local !== letters && random.next() < 0.5)) return letters
  const cut = random.int(1, letters.length - 1)
  const dotted = `${letters.slice(0, cut)}.${letters.slice(cut)}`
  return dotted === local ? letters : dotted
}
