import Holidays from 'date-holidays'

// Holiday tables are reference data, computed once per country, region and year.
const byYear = new Map<string, ReadonlySet<string>>()
const calendars = new Map<string, Holidays>()

function holidaysOf(country: string, region: string | undefined): Holidays {
  const key = `${country}|${region ?? ''}`
  let found = calendars.get(key)
  if (!found) {
    found = region === undefined ? new Holidays(country) : new Holidays(country, region)
    calendars.set(key, found)
  }
  return found
}

/** Local dates (YYYY-MM-DD) of the public holidays of a country (and region) in one year. */
export function publicHolidays(
  place: { readonly country: string; readonly region?: string },
  year: number,
): ReadonlySet<string> {
  const country = place.country.toUpperCase()
  const region = place.region?.toUpperCase()
  const key = `${country}|${region ?? ''}|${year}`
  const cached = byYear.get(key)
  if (cached) return cached
  const dates = new Set(
    holidaysOf(country, region)
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10)),
  )
  byYear.set(key, dates)
  return dates
}
