import { describe, expect, it } from 'vitest'
import { normalizeCountry } from './normalize-country.ts'

describe('normalizeCountry', () => {
  it.each([
    // Spellings from the X Education "Country" column.
    { raw: 'India', expected: 'IN' },
    { raw: 'United States', expected: 'US' },
    { raw: 'United Arab Emirates', expected: 'AE' },
    { raw: 'United Kingdom', expected: 'GB' },
    { raw: 'Hong Kong', expected: 'HK' },
    { raw: 'Russia', expected: 'RU' },
    { raw: 'Vietnam', expected: 'VN' },
    { raw: 'Tanzania', expected: 'TZ' },
    // Codes.
    { raw: 'US', expected: 'US' },
    { raw: 'de', expected: 'DE' },
    { raw: 'DEU', expected: 'DE' },
    { raw: 'bra', expected: 'BR' },
    { raw: 'GBR', expected: 'GB' },
    // Aliases people type.
    { raw: 'USA', expected: 'US' },
    { raw: 'U.S.', expected: 'US' },
    { raw: 'U.S.A.', expected: 'US' },
    { raw: 'United States of America', expected: 'US' },
    { raw: 'America', expected: 'US' },
    { raw: 'UK', expected: 'GB' },
    { raw: 'U.K.', expected: 'GB' },
    { raw: 'Great Britain', expected: 'GB' },
    { raw: 'England', expected: 'GB' },
    { raw: 'Scotland', expected: 'GB' },
    { raw: 'Holland', expected: 'NL' },
    { raw: 'The Netherlands', expected: 'NL' },
    { raw: 'Ivory Coast', expected: 'CI' },
    { raw: "Côte d'Ivoire", expected: 'CI' },
    { raw: 'Cote d’Ivoire', expected: 'CI' },
    { raw: 'South Korea', expected: 'KR' },
    { raw: 'Korea, Republic of', expected: 'KR' },
    { raw: 'Czech Republic', expected: 'CZ' },
    { raw: 'Czechia', expected: 'CZ' },
    { raw: 'Turkey', expected: 'TR' },
    { raw: 'Türkiye', expected: 'TR' },
    { raw: 'UAE', expected: 'AE' },
    { raw: 'Bosnia & Herzegovina', expected: 'BA' },
    { raw: '  united   kingdom ', expected: 'GB' },
    { raw: 'GERMANY', expected: 'DE' },
    // Names in the country's own language.
    { raw: 'Brasil', expected: 'BR' },
    { raw: 'Deutschland', expected: 'DE' },
    { raw: 'Österreich', expected: 'AT' },
    { raw: 'Osterreich', expected: 'AT' },
    { raw: 'España', expected: 'ES' },
    { raw: 'México', expected: 'MX' },
    { raw: 'Schweiz', expected: 'CH' },
    { raw: 'Suisse', expected: 'CH' },
    { raw: 'Italia', expected: 'IT' },
    { raw: 'Nederland', expected: 'NL' },
    { raw: 'Polska', expected: 'PL' },
    { raw: 'Sverige', expected: 'SE' },
    { raw: 'Suomi', expected: 'FI' },
    { raw: '日本', expected: 'JP' },
    { raw: '中国', expected: 'CN' },
    { raw: 'Россия', expected: 'RU' },
    { raw: 'भारत', expected: 'IN' },
  ])('reads "$raw" as $expected', ({ raw, expected }) => {
    expect(normalizeCountry(raw)).toBe(expected)
  })

  it.each([
    { case: 'a blank', raw: '' },
    { case: 'missing input', raw: undefined },
    { case: 'a region, not a country', raw: 'Asia/Pacific Region' },
    { case: 'a city', raw: 'Mumbai' },
    { case: 'an unassigned code', raw: 'XX' },
    { case: 'an unassigned alpha-3', raw: 'XYZ' },
    { case: 'a name two countries share', raw: 'Congo' },
    { case: 'a typo', raw: 'Germny' },
  ])('finds no country in $case ("$raw")', ({ raw }) => {
    expect(normalizeCountry(raw)).toBeNull()
  })
})
