import { describe, expect, it } from 'vitest'
import { isAppError } from '../shared/index.ts'
import { normalizeDomain } from './normalize-domain.ts'
import { errorOf } from '../../../test/error-of.ts'

describe('normalizeDomain', () => {
  it.each([
    { input: 'https://www.Acme.com/about?x=1', expected: 'acme.com' },
    { input: 'ACME.co.uk.', expected: 'acme.co.uk' },
    { input: 'acme.com:8080', expected: 'acme.com' },
    { input: 'http://sub.acme.io', expected: 'sub.acme.io' },
    { input: ' acme.com ', expected: 'acme.com' },
    { input: 'www.acme.com', expected: 'acme.com' },
    { input: 'HTTPS://WWW.ACME.COM:443/', expected: 'acme.com' },
    { input: 'acme.com#pricing', expected: 'acme.com' },
    { input: 'acme.com/path/to?q=1#x', expected: 'acme.com' },
    { input: 'ftp://files.acme-corp.de', expected: 'files.acme-corp.de' },
    { input: 'www2.acme.com', expected: 'www2.acme.com' },
  ])('identifies "$input" as the host $expected', ({ input, expected }) => {
    expect(normalizeDomain(input)).toBe(expected)
  })

  it('gives a website and its bare domain the same identity', () => {
    expect(normalizeDomain('https://www.acme.com/')).toBe(normalizeDomain('ACME.COM'))
  })

  it.each([
    { case: 'empty', input: '' },
    { case: 'only spaces', input: '   ' },
    { case: 'a host without a dot', input: 'localhost' },
    { case: 'a bare name', input: 'acme' },
    { case: 'a scheme and no host', input: 'http://' },
    { case: 'a space in the host', input: 'ac me.com' },
    { case: 'a numeric top-level domain', input: '10.0.0.1' },
    { case: 'a one-letter top-level domain', input: 'acme.c' },
    { case: 'a label starting with a hyphen', input: '-acme.com' },
    { case: 'an empty label', input: 'acme..com' },
    { case: 'an underscore', input: 'ac_me.com' },
    { case: 'a host over 253 characters', input: `${'a.'.repeat(126)}com` },
  ])('rejects $case as request.invalid on field domain', ({ input }) => {
    const error = errorOf(() => normalizeDomain(input))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
    expect(isAppError(error) && error.details).toEqual({ field: 'domain', value: input })
  })
})
