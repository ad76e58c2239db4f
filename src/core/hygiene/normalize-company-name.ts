import { cleanText } from './clean-text.ts'
import { stripAccents } from './strip-accents.ts'

// Legal forms, written as they look once dots are gone and "&" reads "and": "S.p.A." -> "spa".
// Longer forms first so "pty ltd" goes as one; stacked forms ("GmbH & Co. KG") go one by one.
const legalSuffixes: readonly (readonly string[])[] = [
  'public limited company',
  'sa de cv',
  'sab de cv',
  'private limited',
  'pvt ltd',
  'pte ltd',
  'pty ltd',
  'co ltd',
  'and co',
  'inc',
  'incorporated',
  'llc',
  'llp',
  'ltd',
  'limited',
  'gmbh',
  'ag',
  'kg',
  'kgaa',
  'se',
  'sa',
  'sas',
  'sab',
  'sarl',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'ltda',
  'spa',
  'srl',
  'sl',
  'kk',
].map((suffix) => suffix.split(' '))
// A web address used as a name: "Salesforce.com", "Monday.com".
const webSuffix = /(?<=\p{L})\.(?:com|net|org|io|ai|co)(?=$|[\s,])/gu

/**
 * The matching key of a company name: accents stripped, case-folded, "&" read as "and", legal
 * forms (Inc., LLC, GmbH, S.A., Pty Ltd, ...), a leading "The" and punctuation dropped, so
 * "ACME, Inc.", "Acme Incorporated" and "acme inc" share "acme"; null when nothing is left.
 */
export function normalizeCompanyName(raw: string | null | undefined): string | null {
  const text = cleanText(raw)
  if (!/[\p{L}\p{N}]/u.test(text)) return null
  const words = stripAccents(text)
    .toLowerCase()
    .replace(webSuffix, '')
    .replace(/[.'’]/gu, '')
    .replaceAll('&', ' and ')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '')
  if (words.length > 1 && words[0] === 'the') words.shift()
  for (let suffix = trailingSuffix(words); suffix > 0; suffix = trailingSuffix(words)) {
    words.splice(words.length - suffix, suffix)
  }
  return words.length > 0 ? words.join(' ') : null
}

/** How many trailing words form a legal suffix, leaving at least one word; 0 when none do. */
function trailingSuffix(words: readonly string[]): number {
  for (const suffix of legalSuffixes) {
    if (suffix.length >= words.length) continue
    const tail = words.slice(words.length - suffix.length)
    if (tail.every((word, index) => word === suffix[index])) return suffix.length
  }
  return 0
}
