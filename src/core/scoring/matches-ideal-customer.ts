import type { IdealCustomerProfile, Range } from '../agreement/index.ts'
import type { ScoringAccount } from './person-score.ts'

const fold = (text: string) => text.trim().toLowerCase()

function listed(values: readonly string[] | undefined, value: string | null | undefined): boolean {
  if (values === undefined || values.length === 0) return true
  return value != null && values.some((candidate) => fold(candidate) === fold(value))
}

function inRange(range: Range | undefined, value: number | null | undefined): boolean {
  if (range === undefined) return true
  if (value == null) return false
  return (
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max)
  )
}

/**
 * Whether an account fits one of the agreement's ideal customer profiles: every criterion a profile
 * states (industry, country, employees, revenue) holds; unstated criteria pass, unknown facts fail.
 */
export function matchesIdealCustomer(
  profiles: readonly IdealCustomerProfile[],
  account: ScoringAccount,
): boolean {
  return profiles.some(
    ({ account: profile }) =>
      listed(profile.industries, account.industry) &&
      listed(profile.countries, account.country) &&
      inRange(profile.employeeCount, account.employeeCount) &&
      inRange(profile.annualRevenueCents, account.annualRevenueCents),
  )
}
