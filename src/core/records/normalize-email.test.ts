import { describe, expect, it } from 'vitest'
import { isAppError } from '../shared/index.ts'
import { normalizeEmail } from './normalize-email.ts'
import { errorOf } from '../../../test/error-of.ts'

describe('normalizeEmail', () => {
  it.each([
    { input: ' Ana@Acme.COM ', expected: 'ana@acme.com' },
    { input: 'ana@acme.com', expected: 'ana@acme.com' },
    { input: '\tBO.Smith+Leads@Sub.Acme.co.uk\n', expected: 'bo.smith@sub.acme.co.uk' },
    { input: 'J.Doe+news@GoogleMail.com', expected: 'jdoe@gmail.com' },
    { input: 'a@b.co', expected: 'a@b.co' },
    {
      input: `${'a'.repeat(64)}@${'b'.repeat(60)}.com`,
      expected: `${'a'.repeat(64)}@${'b'.repeat(60)}.com`,
    },
  ])(
    'identifies "$input" by its canonical form (lower case, no +tag, no Gmail dots)',
    ({ input, expected }) => {
      expect(normalizeEmail(input)).toBe(expected)
    },
  )

  it('gives the same identity to the same address however it was typed', () => {
    expect(normalizeEmail('ANA@ACME.COM')).toBe(normalizeEmail('  ana@acme.com'))
  })

  it.each([
    { case: 'no @', input: 'not-an-email' },
    { case: 'no dot in the domain', input: 'a@b' },
    { case: 'a space inside', input: 'a b@c.com' },
    { case: 'empty', input: '' },
    { case: 'only spaces', input: '   ' },
    { case: 'two @', input: 'a@b@c.com' },
    { case: 'nothing before the @', input: '@acme.com' },
    { case: 'nothing after the @', input: 'ana@' },
    { case: 'a trailing dot only', input: 'ana@acme.' },
    { case: 'longer than 320 characters', input: `${'a'.repeat(64)}@${'b'.repeat(252)}.com` },
  ])('rejects an address with $case as request.invalid on field email', ({ input }) => {
    const error = errorOf(() => normalizeEmail(input))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
    expect(isAppError(error) && error.details).toMatchObject({ field: 'email', value: input })
  })
})
