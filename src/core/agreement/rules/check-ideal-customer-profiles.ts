import type { Agreement, IdealCustomerProfile, Range } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { error, warning, type RuleFinding } from './rule-finding.ts'

/** Seed 004: a profile rests on at least 25 best and 25 worst customers. */
export const minimumCustomerExamples = 25

const customerLists = ['bestCustomers', 'worstCustomers'] as const
const ranges = ['employeeCount', 'annualRevenueCents'] as const

function profileFindings(profile: IdealCustomerProfile, index: number): RuleFinding[] {
  const path = ['idealCustomerProfiles', index]
  const examples = customerLists.flatMap((list) => {
    const count = profile[list].length
    if (count >= minimumCustomerExamples) return []
    return [
      warning(
        [...path, list],
        `${list} names ${count} customers; seed 004 asks for at least ${minimumCustomerExamples}`,
        `list at least ${minimumCustomerExamples} ${list === 'bestCustomers' ? 'best' : 'worst'} customers so the profile rests on evidence`,
      ),
    ]
  })
  const inverted = ranges.flatMap((key) => {
    const range: Range | undefined = profile.account[key]
    if (range?.min === undefined || range.max === undefined || range.min <= range.max) return []
    return [
      error(
        [...path, 'account', key],
        `${key} range has min ${range.min} above max ${range.max}`,
        'swap min and max, or correct the one that is wrong',
      ),
    ]
  })
  return [...examples, ...inverted]
}

/** One profile per product, with consistent ranges and enough best and worst customers. */
export function checkIdealCustomerProfiles(agreement: Agreement): RuleFinding[] {
  const profiles = agreement.idealCustomerProfiles
  const duplicates = findDuplicates(profiles, (profile) => profile.product).map((d) =>
    error(
      ['idealCustomerProfiles', d.index, 'product'],
      `product "${d.value}" already has a profile (idealCustomerProfiles[${d.firstIndex}])`,
      'keep one ideal customer profile per product: merge the two',
    ),
  )
  return [...duplicates, ...profiles.flatMap(profileFindings)]
}
