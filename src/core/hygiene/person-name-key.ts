import { cleanText } from './clean-text.ts'
import { stripAccents } from './strip-accents.ts'

/**
 * The matching key of a person's full name, for finding a user named in a file: accents stripped,
 * case-folded, punctuation other than hyphens dropped, spaces collapsed ("Mei-Mei  JOHNS" ->
 * "mei-mei johns"); null when nothing is left.
 */
export function personNameKey(raw: string | null | undefined): string | null {
  const key = stripAccents(cleanText(raw))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
  return key === '' ? null : key
}
