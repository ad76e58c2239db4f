import { describe, expect, it } from 'vitest'
import { cleanAccount } from './clean-account.ts'

describe('cleanAccount', () => {
  it('cleans a Maven account: the name key of the lead matcher, ISO country, whole numbers', () => {
    expect(
      cleanAccount({
        name: '  Acme  Corporation ',
        industry: 'technolgy',
        employeeCount: '2822',
        annualRevenueCents: '110004000000',
        country: 'United States',
        parentName: '',
        properties: { year_established: '1996' },
      }),
    ).toEqual({
      kind: 'clean',
      notes: [],
      account: {
        externalId: null,
        name: 'Acme Corporation',
        nameKey: 'acme',
        domain: null,
        industry: 'technolgy',
        employeeCount: 2822,
        annualRevenueCents: 110_004_000_000,
        country: 'US',
        region: null,
        parentName: null,
        parentKey: null,
        properties: { year_established: '1996' },
      },
    })
  })

  it('gives "GTXPro Inc." and "gtxpro" one name key, so spelling and legal form still join', () => {
    const a = cleanAccount({ name: 'GTXPro Inc.' })
    const b = cleanAccount({ name: 'gtxpro' })
    expect(a.kind === 'clean' && a.account.nameKey).toBe('gtxpro')
    expect(b.kind === 'clean' && b.account.nameKey).toBe('gtxpro')
  })

  it('takes the registrable domain of a website, never a free-mail domain', () => {
    const site = cleanAccount({ name: 'Acme', website: 'https://www.acme.co.uk/about' })
    expect(site.kind === 'clean' && site.account.domain).toBe('acme.co.uk')
    const gmail = cleanAccount({ name: 'Acme', domain: 'gmail.com' })
    expect(gmail).toMatchObject({ kind: 'clean', notes: ['domain_free_mail'] })
    expect(gmail.kind === 'clean' && gmail.account.domain).toBeNull()
  })

  it('leaves a country it cannot read empty, keeps the text as a property and notes it', () => {
    const result = cleanAccount({ name: 'Bioholding', country: 'Philipines' })
    expect(result).toMatchObject({
      kind: 'clean',
      notes: ['country_unknown'],
      account: { country: null, properties: { country: 'Philipines' } },
    })
  })

  it.each([
    [{ name: '' }, 'account.missing_name', /no account name/],
    [
      { name: 'N', employeeCount: -3 },
      'account.bad_number',
      /employeeCount -3 .*cannot be negative/,
    ],
    [{ name: 'N', annualRevenueCents: '12.5' }, 'account.bad_number', /whole number/],
  ])('rejects %j as %s, saying how to fix it', (input, reason, message) => {
    const result = cleanAccount(input)
    expect(result).toMatchObject({ kind: 'rejected', reason })
    expect(result.kind === 'rejected' && result.message).toMatch(message)
    expect(result.kind === 'rejected' && result.message).toContain('fix:')
  })
})
