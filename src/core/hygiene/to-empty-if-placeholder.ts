import { cleanText } from './clean-text.ts'

// Compared after lower-casing and removing everything but letters and digits, so "N/A", "n.a.",
// "#N/A", "-- Select --" and "(unknown)" all match.
const placeholderKeys: ReadonlySet<string> = new Set([
  'select',
  'pleaseselect',
  'selectone',
  'choose',
  'chooseone',
  'na',
  'nan',
  'nil',
  'none',
  'null',
  'undefined',
  'unknown',
  'test',
  'blank',
  'empty',
  'notprovided',
  'notavailable',
  'notapplicable',
])
const letterOrDigit = /[\p{L}\p{N}]/u
const notLetterOrDigit = /[^\p{L}\p{N}]+/gu
// In ASCII text the letters and digits are these: the same test without Unicode property lookups.
const asciiText = /^\p{ASCII}*$/u
const asciiLetterOrDigit = /[A-Za-z0-9]/
const asciiNotLetterOrDigit = /[^a-z0-9]+/g

/**
 * Cleans a field with `cleanText` and returns null when nothing real is left: blanks, form
 * placeholders ("Select", "N/A", "NA", "none", "null", "unknown", "test", case-insensitive) and
 * values with no letter or digit at all ("-", "--", "?", "."). Note "NA" is read as a placeholder
 * even where it could be Namibia or the Korean surname Na: in lead exports it almost never is.
 */
export function toEmptyIfPlaceholder(raw: string | null | undefined): string | null {
  const text = cleanText(raw)
  const ascii = asciiText.test(text)
  if (!(ascii ? asciiLetterOrDigit : letterOrDigit).test(text)) return null
  const key = text.toLowerCase().replace(ascii ? asciiNotLetterOrDigit : notLetterOrDigit, '')
  return placeholderKeys.has(key) ? null : text
}
