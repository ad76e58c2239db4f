import { alpha3ToAlpha2, getNames, isValid, registerLocale } from 'i18n-iso-countries/index.js'
import { cleanText } from './clean-text.ts'
import { countryLocales } from './country-locales.ts'
import { stripAccents } from './strip-accents.ts'

// Names people type that no locale lists, or that the locales leave ambiguous.
const aliases: Readonly<Record<string, string>> = {
  america: 'US',
  uk: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  holland: 'NL',
  korea: 'KR',
  ksa: 'SA',
  prc: 'CN',
  burma: 'MM',
  laos: 'LA',
  syria: 'SY',
  moldova: 'MD',
  brunei: 'BN',
  macau: 'MO',
  'cabo verde': 'CV',
  swaziland: 'SZ',
  macedonia: 'MK',
  micronesia: 'FM',
  vatican: 'VA',
  'vatican city': 'VA',
}

for (const locale of countryLocales) registerLocale(locale)
// Built on first use: folding ~20,000 names takes ~150 ms, which commands that never read a
// country should not pay at start-up.
let namesIndex: ReadonlyMap<string, string | null> | undefined

/**
 * Reads a country as ISO 3166-1 alpha-2 from an alpha-2 or alpha-3 code, an English name or alias
 * ("USA", "U.K.", "England", "Ivory Coast"), or a name in any language i18n-iso-countries ships
 * ("Deutschland", "Brasil", "日本"); null when unknown or ambiguous ("Congo").
 */
export function normalizeCountry(raw: string | null | undefined): string | null {
  const key = countryKey(raw)
  if (key === '') return null
  const alias = aliases[key]
  if (alias !== undefined) return alias
  const code = key.toUpperCase()
  if (/^[A-Z]{2}$/u.test(code) && isValid(code)) return code
  if (/^[A-Z]{3}$/u.test(code)) {
    const alpha2 = alpha3ToAlpha2(code)
    if (alpha2 !== undefined) return alpha2
  }
  namesIndex ??= buildNamesIndex()
  return namesIndex.get(key) ?? null
}

/** Folds a name for lookup: no accents, case, dots, apostrophes or leading "the". */
function countryKey(raw: string | null | undefined): string {
  return stripAccents(cleanText(raw))
    .toLowerCase()
    .replace(/[.'’]/gu, '')
    .replaceAll('&', ' and ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '')
}

/** Folded name -> alpha-2; null marks a name two countries share. English names win over others. */
function buildNamesIndex(): ReadonlyMap<string, string | null> {
  const index = new Map<string, string | null>()
  let englishKeys: ReadonlySet<string> = new Set()
  for (const { locale } of countryLocales) {
    for (const [code, names] of Object.entries(getNames(locale, { select: 'all' }))) {
      for (const key of names.map(countryKey)) {
        if (englishKeys.has(key)) continue
        const known = index.get(key)
        index.set(key, known === undefined || known === code ? code : null)
      }
    }
    if (locale === 'en') englishKeys = new Set(index.keys())
  }
  return index
}
