import Holidays from 'date-holidays'
import {
  validateAgreement,
  type Agreement,
  type Finding,
  type ValidationReport,
} from '../../core/agreement/index.ts'

const holidays = new Holidays()

/** Errors for a holiday country or region that the offline holiday calendar does not know. */
export function checkHolidayCalendar(agreement: Pick<Agreement, 'calendar'>): Finding[] {
  const wanted = agreement.calendar.holidays
  if (wanted === undefined) return []
  const country = wanted.country.toUpperCase()
  const countries = holidays.getCountries() as Record<string, string> | undefined
  if (countries?.[country] === undefined) {
    return [
      {
        path: ['calendar', 'holidays', 'country'],
        message: `"${wanted.country}" is not a country the holiday calendar knows.`,
        fix: 'use an ISO 3166 two-letter code such as US, GB, DE or BR, or remove calendar.holidays',
      },
    ]
  }
  if (wanted.region === undefined) return []
  const regions = (holidays.getStates(country) as Record<string, string> | undefined) ?? {}
  if (regions[wanted.region.toUpperCase()] !== undefined) return []
  const known = Object.keys(regions)
  return [
    {
      path: ['calendar', 'holidays', 'region'],
      message: `"${wanted.region}" is not a region of ${country} in the holiday calendar.`,
      fix:
        known.length > 0
          ? `use one of ${known.join(', ')}`
          : `${country} has no regions; remove calendar.holidays.region`,
    },
  ]
}

/** The core rules plus the checks that need reference data (the holiday calendar). */
export function checkAgreement(agreement: Agreement): ValidationReport {
  const report = validateAgreement(agreement)
  return {
    errors: [...report.errors, ...checkHolidayCalendar(agreement)],
    warnings: report.warnings,
  }
}
