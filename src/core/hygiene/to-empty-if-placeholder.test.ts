import { describe, expect, it } from 'vitest'
import { toEmptyIfPlaceholder } from './to-empty-if-placeholder.ts'

describe('toEmptyIfPlaceholder', () => {
  it.each([
    // X Education exports "Select" for untouched drop-downs and leaves other cells blank.
    'Select',
    '',
    '   ',
    'SELECT',
    '-- Select --',
    'Please select',
    'N/A',
    'n/a',
    'NA',
    'n.a.',
    '#N/A',
    'NaN',
    '-',
    '--',
    '?',
    '.',
    '...',
    'none',
    'None',
    'NULL',
    'null',
    'undefined',
    'test',
    'TEST',
    'unknown',
    'Unknown',
    '(blank)',
    'Not provided',
  ])('treats %j as no value', (raw) => {
    expect(toEmptyIfPlaceholder(raw)).toBeNull()
  })

  it.each([
    { raw: 'Mumbai', expected: 'Mumbai' },
    { raw: '  Finance   Management ', expected: 'Finance Management' },
    { raw: 'Selection Partners', expected: 'Selection Partners' },
    { raw: 'Nancy', expected: 'Nancy' },
    { raw: 'Testa', expected: 'Testa' },
    { raw: 'Noneman', expected: 'Noneman' },
    { raw: '王小明', expected: '王小明' },
    { raw: '0', expected: '0' },
  ])('keeps the real value "$raw"', ({ raw, expected }) => {
    expect(toEmptyIfPlaceholder(raw)).toBe(expected)
  })

  it('treats missing input as no value', () => {
    expect(toEmptyIfPlaceholder(undefined)).toBeNull()
    expect(toEmptyIfPlaceholder(null)).toBeNull()
  })
})
