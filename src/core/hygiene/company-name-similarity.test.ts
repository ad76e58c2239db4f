import { describe, expect, it } from 'vitest'
import { companyNameSimilarity, companyNameTiers } from './company-name-similarity.ts'

function tierOf(score: number): 'strong' | 'weak' | 'none' {
  if (score >= companyNameTiers.strong) return 'strong'
  return score >= companyNameTiers.weak ? 'weak' : 'none'
}

describe('companyNameSimilarity', () => {
  it.each([
    { a: 'ACME, Inc.', b: 'Acme Incorporated', tier: 'strong' },
    { a: 'acme inc', b: 'ACME LLC', tier: 'strong' },
    { a: 'Société Générale', b: 'Societe Generale SA', tier: 'strong' },
    { a: 'Generale Societe', b: 'Société Générale', tier: 'strong' },
    { a: 'Procter & Gamble', b: 'Procter and Gamble Co.', tier: 'strong' },
    { a: 'International Business Machines', b: 'International Busines Machines', tier: 'strong' },
    { a: 'Microsoft', b: 'Micrsoft', tier: 'weak' },
    { a: 'Acme Software', b: 'Acme Software Solutions', tier: 'weak' },
    { a: 'Acme', b: 'Acme Software', tier: 'none' },
    { a: 'Deutsche Bank', b: 'Deutsche Telekom', tier: 'none' },
    { a: 'Acme', b: 'Apex', tier: 'none' },
    { a: 'IBM', b: 'International Business Machines', tier: 'none' },
    { a: 'Company 12345', b: 'Company 12346', tier: 'weak' },
    { a: 'Route 66 Diner', b: 'Route 67 Diner', tier: 'weak' },
    { a: 'Acme Holdings 2', b: 'Acme Holdings', tier: 'weak' },
    { a: 'Studio 54 LLC', b: 'Studio 54', tier: 'strong' },
    { a: '7-Eleven Inc.', b: '7 Eleven', tier: 'strong' },
    { a: 'Deutsche Bank 1', b: 'Deutsche Telekom 2', tier: 'none' },
  ])('rates "$a" vs "$b" as a $tier match', ({ a, b, tier }) => {
    expect(tierOf(companyNameSimilarity(a, b))).toBe(tier)
  })

  it('scores names with the same key exactly 1', () => {
    expect(companyNameSimilarity('The Acme Company', 'ACME, Inc.')).toBe(1)
  })

  it('is symmetric', () => {
    expect(companyNameSimilarity('Microsoft', 'Micrsoft')).toBe(
      companyNameSimilarity('Micrsoft', 'Microsoft'),
    )
  })

  it.each([
    { a: '', b: 'Acme' },
    { a: 'Acme', b: undefined },
    { a: '--', b: '--' },
  ])('scores 0 when a name is missing ("$a" vs "$b")', ({ a, b }) => {
    expect(companyNameSimilarity(a, b)).toBe(0)
  })

  it.each([
    ['Acme', 'Acme Software'],
    ['Microsoft', 'Apple'],
    ['a', 'b'],
  ])('stays within 0..1 for "%s" vs "%s"', (a, b) => {
    const score = companyNameSimilarity(a, b)
    expect(score).toBeGreaterThanOrEqual(0)
    expect(score).toBeLessThanOrEqual(1)
  })
})
