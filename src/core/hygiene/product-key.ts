import { cleanText } from './clean-text.ts'
import { stripAccents } from './strip-accents.ts'

/**
 * The matching key of a product name: accents stripped, case-folded, and every space and punctuation
 * mark dropped, so "GTXPro", "GTX Pro" and "gtx-pro" share "gtxpro"; null when nothing is left.
 */
export function productKey(raw: string | null | undefined): string | null {
  const key = stripAccents(cleanText(raw))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
  return key === '' ? null : key
}
