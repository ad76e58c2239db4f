import type { LeadInput } from '../../src/core/intake/index.ts'
import type { Random } from '../harness.ts'
import { companyText, generateCompanies, toAsciiSlug, type Company } from './generate-companies.ts'
import {
  campaigns,
  countries,
  countryCodes,
  freeMailDomains,
  sources,
  titles,
  type CountryCode,
} from './lead-vocabulary.ts'
import {
  pickVariant,
  plantDuplicate,
  type DuplicateVariant,
  type Original,
} from './plant-duplicate.ts'

/** A lead planted as a repeat of an earlier one: the pair intake should resolve to one person. */
export type PlantedDuplicate = {
  readonly duplicate: number
  readonly original: number
  readonly variant: DuplicateVariant
  /** The original's address in matching form, worked out here, independently of intake. */
  readonly canonicalEmail: string
}

export type GeneratedLeads = {
  readonly leads: readonly LeadInput[]
  readonly planted: readonly PlantedDuplicate[]
  readonly companyCount: number
}

export type LeadGenerationOptions = {
  readonly count: number
  readonly companyCount: number
  /** Share of leads that repeat an earlier lead, e.g. 0.05. */
  readonly duplicateShare: number
}

const firstCapturedAt = Date.UTC(2024, 0, 2, 8)

/**
 * `count` leads in capture order, about `duplicateShare` of them planted repeats of an earlier one;
 * every other lead has an address no other original shares, even after +tags and Gmail dots go.
 */
export function generateLeads(random: Random, options: LeadGenerationOptions): GeneratedLeads {
  const companies = generateCompanies(random, options.companyCount)
  const taken = new Set<string>()
  const originals: Original[] = []
  const gmailOriginals: Original[] = []
  const leads: LeadInput[] = []
  const planted: PlantedDuplicate[] = []
  let capturedAt = firstCapturedAt
  for (let index = 0; index < options.count; index++) {
    capturedAt += random.int(1, 60) * 1000
    const occurredAt = new Date(capturedAt)
    if (originals.length > 0 && random.next() < options.duplicateShare) {
      const variant = pickVariant(random, gmailOriginals.length > 0)
      const original = random.pick(variant === 'gmail_dots' ? gmailOriginals : originals)
      const source = leads[original.index]
      if (source === undefined) throw new Error(`Lead ${original.index} was never generated.`)
      leads.push(plantDuplicate(random, { original, lead: source, variant, occurredAt }))
      planted.push({
        duplicate: index,
        original: original.index,
        variant,
        canonicalEmail: original.canonicalEmail,
      })
      continue
    }
    const { lead, original } = newLead(random, { companies, taken, index, occurredAt })
    leads.push(lead)
    originals.push(original)
    if (original.gmail) gmailOriginals.push(original)
  }
  return { leads, planted, companyCount: companies.length }
}

type NewLeadContext = {
  readonly companies: readonly Company[]
  /** Canonical addresses already given out. */
  readonly taken: Set<string>
  readonly index: number
  readonly occurredAt: Date
}

function newLead(random: Random, context: NewLeadContext) {
  const freeMail = random.next() < 0.15
  const employer = random.pick(context.companies)
  const country = !freeMail && random.next() < 0.8 ? employer.country : random.pick(countryCodes)
  const words = countries[country]
  const first = random.pick(words.firstNames)
  const last = random.pick(words.lastNames)
  const domain = freeMail ? random.pick(freeMailDomains) : employer.domain
  const local = freeMail ? freeMailLocal(random, first, last) : workLocal(employer, first, last)
  const gmail = domain === 'gmail.com'
  const { email, canonicalEmail } = uniqueAddress(context.taken, local, domain)
  const company = freeMail
    ? random.next() < 0.6
      ? random.pick(context.companies)
      : null
    : employer
  const fullName = random.next() < 0.1 ? `${first} ${last}` : null
  const lead: LeadInput = {
    email,
    firstName: fullName === null ? first : null,
    lastName: fullName === null ? last : null,
    fullName: fullName !== null && random.next() < 0.3 ? fullName.toLowerCase() : fullName,
    title: random.next() < 0.85 ? random.pick(titles) : null,
    phone: random.next() < 0.75 ? phoneOf(random, country) : null,
    company: company === null ? null : companyText(random, company),
    website: company !== null && random.next() < 0.1 ? `https://www.${company.domain}/` : null,
    country: random.pick(words.spellings) || null,
    source: random.pick(sources),
    extra: random.next() < 0.3 ? { utm_campaign: random.pick(campaigns) } : {},
    occurredAt: context.occurredAt,
  }
  return { lead, original: { index: context.index, canonicalEmail, company, gmail } }
}

/** The address as a person writes it, with a counter when the natural one is already someone's. */
function uniqueAddress(taken: Set<string>, local: string, domain: string) {
  // Gmail ignores dots, so "jose.nunez" and "josenunez" are one mailbox and must not both be made.
  const canonicalOf = (candidate: string) =>
    domain === 'gmail.com' ? `${candidate.replaceAll('.', '')}@gmail.com` : `${candidate}@${domain}`
  let candidate = local
  for (let counter = 2; taken.has(canonicalOf(candidate)); counter++)
    candidate = `${local}${counter}`
  const canonicalEmail = canonicalOf(candidate)
  taken.add(canonicalEmail)
  return { email: `${candidate}@${domain}`, canonicalEmail }
}

function workLocal(company: Company, first: string, last: string): string {
  const f = toAsciiSlug(first)
  const l = toAsciiSlug(last)
  switch (company.emailPattern) {
    case 'first.last':
      return `${f}.${l}`
    case 'flast':
      return `${f.slice(0, 1)}${l}`
    case 'firstl':
      return `${f}${l.slice(0, 1)}`
    case 'first_last':
      return `${f}_${l}`
    case 'last.first':
      return `${l}.${f}`
  }
}

function freeMailLocal(random: Random, first: string, last: string): string {
  const f = toAsciiSlug(first)
  const l = toAsciiSlug(last)
  const year = random.int(60, 99)
  return random.pick([`${f}.${l}`, `${f}${l}`, `${f}.${l}${year}`, `${f.slice(0, 1)}${l}${year}`])
}

function phoneOf(random: Random, country: CountryCode): string {
  const digit = () => String(random.int(0, 9))
  return random.pick(countries[country].phoneFormats)(digit)
}
