import { stripAccents } from '../hygiene/index.ts'

/**
 * A name as matching keys: each word lower case, without accents or punctuation ("O'Brien-Smith"
 * -> ["obrien", "smith"], "JOSÉ" -> ["jose"]); non-Latin scripts pass through lower-cased.
 */
export function nameWords(name: string | null | undefined): string[] {
  if (name == null) return []
  return stripAccents(name)
    .toLowerCase()
    .split(/[\s\-‐‑–—/]+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word !== '')
}

/** The whole name as one key ("Mc Donald" and "McDonald" -> "mcdonald"); null when blank. */
export function nameKey(name: string | null | undefined): string | null {
  const key = nameWords(name).join('')
  return key === '' ? null : key
}
