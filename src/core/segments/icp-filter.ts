import type { IdealCustomerProfile } from '../agreement/index.ts'
import type { SegmentFilter } from './types.ts'

/**
 * The account segment an ideal customer profile describes: its industries, countries, regions and
 * size ranges, all of which must hold; null when the profile sets no account criterion.
 */
export function icpFilter(profile: IdealCustomerProfile): SegmentFilter | null {
  const { account } = profile
  const parts: SegmentFilter[] = []
  const listed = (field: string, values: readonly string[] | undefined) => {
    if (values !== undefined && values.length > 0) parts.push({ field, op: 'in', value: values })
  }
  listed('industry', account.industries)
  listed('country', account.countries)
  listed('region', account.regions)
  const ranged = (field: string, range: { min?: number; max?: number } | undefined) => {
    if (range?.min !== undefined) parts.push({ field, op: 'gte', value: range.min })
    if (range?.max !== undefined) parts.push({ field, op: 'lte', value: range.max })
  }
  ranged('employeeCount', account.employeeCount)
  ranged('annualRevenueCents', account.annualRevenueCents)
  return parts.length === 0 ? null : { and: parts }
}
