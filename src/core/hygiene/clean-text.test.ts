import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.ts'

describe('cleanText', () => {
  it.each([
    { case: 'surrounding spaces', raw: '  Acme  ', expected: 'Acme' },
    { case: 'inner runs of spaces', raw: 'Acme    Software   Ltd', expected: 'Acme Software Ltd' },
    { case: 'tabs and CRLF line breaks', raw: 'Acme\t\r\nSoftware', expected: 'Acme Software' },
    {
      case: 'non-breaking and ideographic spaces',
      raw: 'Ana\u00A0Lima\u3000Souza',
      expected: 'Ana Lima Souza',
    },
    {
      case: 'a byte-order mark from a CSV header',
      raw: '\uFEFFProspect ID',
      expected: 'Prospect ID',
    },
    { case: 'zero-width spaces pasted from the web', raw: 'Ac\u200Bme', expected: 'Acme' },
    { case: 'NUL and bell control characters', raw: 'Ac\u0000me\u0007', expected: 'Acme' },
    { case: 'a right-to-left override', raw: '\u202Eacme', expected: 'acme' },
    {
      case: 'decomposed accents (NFD from macOS)',
      raw: 'Jose\u0301 N\u0303u\u0301n\u0303ez',
      expected: 'José Ñúñez',
    },
    { case: 'missing input', raw: undefined, expected: '' },
    { case: 'null from a JSON body', raw: null, expected: '' },
  ])('normalizes $case', ({ raw, expected }) => {
    expect(cleanText(raw)).toBe(expected)
  })

  it('keeps the zero-width non-joiner that Persian spelling needs', () => {
    expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم')
  })

  it('gives the same text for composed and decomposed forms', () => {
    expect(cleanText('Société')).toBe(cleanText('Socie\u0301te\u0301'))
  })
})
