import type { WorkCalendar } from './types.ts'

const nineToFive = [{ from: '09:00', to: '17:00' }]

/** Monday to Friday 09:00-17:00 in a zone, with that country's public holidays. */
export function officeCalendar(timeZone: string, country?: string, region?: string): WorkCalendar {
  return {
    timeZone,
    workingHours: {
      mon: nineToFive,
      tue: nineToFive,
      wed: nineToFive,
      thu: nineToFive,
      fri: nineToFive,
    },
    ...(country === undefined ? {} : { holidays: region ? { country, region } : { country } }),
  }
}

export const newYork = officeCalendar('America/New_York', 'US')
export const berlin = officeCalendar('Europe/Berlin', 'DE', 'BE')
export const tokyo = officeCalendar('Asia/Tokyo', 'JP')
