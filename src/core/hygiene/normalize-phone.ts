import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { PhoneNumber } from 'libphonenumber-js/max'
import { cleanText } from './clean-text.ts'
import type { NormalizedPhone } from './types.ts'

// `max` metadata, not the default `min`: with `min`, isValid() only checks a number's length, so
// 555-555-5555 or Ofcom's fictional 07700 900123 would pass. Intake runs on the server, where the
// extra ~65 kB of metadata costs nothing, and a false "valid" costs a wasted call.

// Dial-out prefixes typed in place of "+": 00 (most of the world) and 011 (North America).
const internationalPrefix = /^[\s(]*(?:00|011)[\s.)-]*(?=[1-9])/u
const digit = /\d/u
// Long enough to be a national number that only lacks its country.
const nationalLength = /(?:\d\D*){6}/u

/**
 * Parses a phone number typed in any common format ("(415) 555-2671", "+44 20 7946 0958",
 * "0049 30 123456", "011 55 11 91234-5678", "... x123") to E.164 with libphonenumber's full
 * metadata; national numbers need `defaultCountry` (ISO alpha-2), extensions are kept apart.
 */
export function normalizePhone(
  raw: string | null | undefined,
  defaultCountry?: string | null,
): NormalizedPhone {
  const text = cleanText(raw)
  if (!digit.test(text)) return { valid: false, problem: text === '' ? 'empty' : 'not_a_number' }
  const country = defaultCountry?.toUpperCase()
  const home = country !== undefined && isSupportedCountry(country) ? country : undefined
  const parsed = parsePhoneNumberFromString(text, home)
  if (parsed?.isValid()) return validPhone(parsed)
  // Without a home country libphonenumber cannot know "00"/"011" dial out: read them as "+".
  const retried = internationalPrefix.test(text)
    ? parsePhoneNumberFromString(`+${text.replace(internationalPrefix, '')}`)
    : undefined
  if (retried?.isValid()) return validPhone(retried)
  if (parsed === undefined) {
    const national = home === undefined && !text.startsWith('+') && nationalLength.test(text)
    return { valid: false, problem: national ? 'missing_country' : 'not_a_number' }
  }
  return { valid: false, problem: 'invalid_number', ...where(parsed) }
}

function validPhone(phone: PhoneNumber): NormalizedPhone {
  return { valid: true, e164: phone.number, ...where(phone) }
}

function where(phone: PhoneNumber): { country?: string; extension?: string } {
  return {
    ...(phone.country === undefined ? {} : { country: phone.country }),
    ...(phone.ext === undefined ? {} : { extension: phone.ext }),
  }
}
