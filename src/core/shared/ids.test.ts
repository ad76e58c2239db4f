import { describe, expect, it } from 'vitest'
import { errorCodes, isAppError, isErrorCode, isUuid, toId } from './index.ts'
import { errorOf } from '../../../test/error-of.ts'

describe('toId', () => {
  it.each([
    {
      input: '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a',
      expected: '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a',
    },
    {
      input: '0B6C3F7E-2F1A-4C4E-9D6A-1F2E3D4C5B6A',
      expected: '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a',
    },
    {
      input: '00000000-0000-0000-0000-000000000000',
      expected: '00000000-0000-0000-0000-000000000000',
    },
    {
      input: 'FfFfFfFf-fFfF-FfFf-fFfF-fFfFfFfFfFfF',
      expected: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
    },
  ])('accepts the canonical UUID $input as the lower-case id', ({ input, expected }) => {
    expect(toId(input, 'personId')).toBe(expected)
  })

  it('gives upper- and lower-case spellings of one UUID the same id', () => {
    expect(toId('ABCDEF01-2345-6789-ABCD-EF0123456789', 'accountId')).toBe(
      toId('abcdef01-2345-6789-abcd-ef0123456789', 'accountId'),
    )
  })

  it.each([
    { case: 'empty', input: '' },
    { case: 'not a UUID', input: 'ana@acme.com' },
    { case: 'padded with spaces', input: ' 0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a ' },
    { case: 'without hyphens', input: '0b6c3f7e2f1a4c4e9d6a1f2e3d4c5b6a' },
    { case: 'in braces', input: '{0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a}' },
    { case: 'a URN', input: 'urn:uuid:0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a' },
    { case: 'one digit short', input: '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6' },
    { case: 'one digit long', input: '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a0' },
    { case: 'a non-hex digit', input: '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6g' },
    { case: 'hyphens misplaced', input: '0b6c3f7e2-f1a-4c4e-9d6a-1f2e3d4c5b6a' },
    { case: 'a trailing newline', input: '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a\n' },
  ])('rejects an id that is $case as request.invalid naming the field', ({ input }) => {
    expect(isUuid(input)).toBe(false)
    const error = errorOf(() => toId(input, 'opportunityId'))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
    expect(isAppError(error) && error.details).toEqual({ field: 'opportunityId', value: input })
    expect(isAppError(error) && error.message).toContain('opportunityId')
  })
})

describe('isErrorCode', () => {
  it.each(errorCodes)('knows %s', (code) => {
    expect(isErrorCode(code)).toBe(true)
  })

  it.each(['', 'nope', 'person', 'Person.not_found', 'person.not_found ', 'internal.error'])(
    'does not know "%s"',
    (value) => {
      expect(isErrorCode(value)).toBe(false)
    },
  )

  it('lists every code once', () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length)
  })
})
