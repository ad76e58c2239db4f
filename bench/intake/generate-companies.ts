import type { Random } from '../harness.ts'
import {
  companyCores,
  companyIndustries,
  companyPrefixes,
  countries,
  countryCodes,
  type CountryCode,
} from './lead-vocabulary.ts'

export type EmailPattern = 'first.last' | 'flast' | 'firstl' | 'first_last' | 'last.first'

export type Company = {
  /** The name without its legal suffix, e.g. "Northwind Logistics". */
  readonly name: string
  /** One family of suffix spellings, e.g. ['Inc.', 'Inc', ', Inc.']; leads pick one or none. */
  readonly legalForms: readonly string[]
  readonly country: CountryCode
  readonly domain: string
  readonly emailPattern: EmailPattern
}

const emailPatterns: readonly EmailPattern[] = [
  'first.last',
  'first.last',
  'flast',
  'firstl',
  'first_last',
  'last.first',
]
// Letters NFD does not split into a base letter and an accent.
const foldedLetters: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  đ: 'd',
  œ: 'oe',
}

/** Lower-case ASCII letters and digits only, as in an email address or domain: "Nørre Ö" -> "norreo". */
export function toAsciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøßæđœ]/gu, (letter) => foldedLetters[letter] ?? '')
    .replace(/[^a-z0-9]/gu, '')
}

/** `count` companies with distinct names and domains, spread over the vocabulary's countries. */
export function generateCompanies(random: Random, count: number): Company[] {
  const possible = companyPrefixes.length * companyCores.length * companyIndustries.length
  if (count > possible) throw new Error(`At most ${possible} distinct companies; asked ${count}.`)
  const names = new Set<string>()
  const domains = new Set<string>()
  const companies: Company[] = []
  while (companies.length < count) {
    const stem = `${random.pick(companyPrefixes)}${random.pick(companyCores)}`
    const industry = random.pick(companyIndustries)
    const name = `${stem} ${industry}`
    if (names.has(name)) continue
    names.add(name)
    const country = random.pick(countryCodes)
    const words = countries[country]
    const tld = random.pick(words.tlds)
    // Some use the bare stem as their domain, as real companies do, when no other company has it;
    // the full name with a dash is unique because names are.
    const short = `${toAsciiSlug(stem)}${tld}`
    const domain =
      random.next() < 0.3 && !domains.has(short)
        ? short
        : `${toAsciiSlug(stem)}-${toAsciiSlug(industry)}${tld}`
    domains.add(domain)
    companies.push({
      name,
      legalForms: random.pick(words.legalForms),
      country,
      domain,
      emailPattern: random.pick(emailPatterns),
    })
  }
  return companies
}

/** The company as a lead types it: with or without a legal suffix, sometimes in capitals. */
export function companyText(random: Random, company: Company): string {
  const suffix = random.next() < 0.7 ? random.pick(company.legalForms) : ''
  const name =
    suffix === '' ? company.name : `${company.name}${suffix.startsWith(',') ? '' : ' '}${suffix}`
  return random.next() < 0.05 ? name.toUpperCase() : name
}
