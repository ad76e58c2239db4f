import {
  cleanText,
  companyDomainOf,
  normalizeCompanyName,
  normalizeCountry,
  normalizeEmailAddress,
} from '../hygiene/index.ts'
import { readText, readWholeNumber, reject } from './read-value.ts'
import type { AccountInput, CleanAccount, Rejection } from './types.ts'

/** A cleaned account and what hygiene noticed without refusing the row. */
export type AccountCleaning =
  | { readonly kind: 'clean'; readonly account: CleanAccount; readonly notes: readonly string[] }
  | Rejection

// A free-mail or disposable domain is not a company's: "gmail.com" must never become an account key.
function accountDomain(input: AccountInput, notes: string[]): string | null {
  const website = readText(input.domain) ?? readText(input.website)
  if (website === null) return null
  const found = companyDomainOf({ website })
  if (found.domain === null) {
    notes.push('domain_invalid')
    return null
  }
  const flags = normalizeEmailAddress(`x@${found.domain}`).flags
  if (flags.freeMail || flags.disposable) {
    notes.push('domain_free_mail')
    return null
  }
  return found.domain
}

function accountCountry(raw: AccountInput['country'], notes: string[]): string | null {
  const text = readText(raw)
  const code = normalizeCountry(text)
  if (text !== null && code === null) notes.push('country_unknown')
  return code
}

/**
 * Cleans one account row: a name is required; the domain is the registrable domain of the domain or
 * website column (never free mail); the country becomes its ISO code, and one that cannot be read is
 * left empty (kept verbatim in the properties) with a note; counts and money are whole and >= 0.
 */
export function cleanAccount(input: AccountInput): AccountCleaning {
  const name = readText(input.name)
  if (name === null) {
    return reject(
      'account.missing_name',
      'the row has no account name — fix: fill the name cell, or map the column holding it to "name"',
    )
  }
  const reasons = { bad: 'account.bad_number' }
  const employees = readWholeNumber('employeeCount', input.employeeCount, reasons)
  if (employees.kind === 'rejected') return employees
  const revenue = readWholeNumber('annualRevenueCents', input.annualRevenueCents, reasons)
  if (revenue.kind === 'rejected') return revenue
  const notes: string[] = []
  const country = accountCountry(input.country, notes)
  const parentName = readText(input.parentName)
  const properties = { ...input.properties }
  if (country === null && readText(input.country) !== null)
    properties['country'] = cleanText(input.country)
  return {
    kind: 'clean',
    notes,
    account: {
      externalId: readText(input.externalId),
      name,
      nameKey: normalizeCompanyName(name),
      domain: accountDomain(input, notes),
      industry: readText(input.industry),
      employeeCount: employees.value,
      annualRevenueCents: revenue.value,
      country,
      region: readText(input.region),
      parentName,
      parentKey: normalizeCompanyName(parentName),
      properties,
    },
  }
}
