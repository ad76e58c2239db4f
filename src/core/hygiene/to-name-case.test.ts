import { describe, expect, it } from 'vitest'
import { toNameCase } from './to-name-case.ts'

describe('toNameCase', () => {
  it.each([
    { raw: 'JOHN', expected: 'John' },
    { raw: 'josé ñúñez', expected: 'José Ñúñez' },
    { raw: 'ÉMILIE', expected: 'Émilie' },
    { raw: "O'BRIEN", expected: "O'Brien" },
    { raw: 'd’angelo', expected: 'D’Angelo' },
    { raw: 'mcdonald', expected: 'McDonald' },
    { raw: 'MCDONALD', expected: 'McDonald' },
    { raw: 'VAN DER BERG', expected: 'van der Berg' },
    { raw: 'de la cruz', expected: 'de la Cruz' },
    { raw: 'jean-pierre', expected: 'Jean-Pierre' },
    { raw: 'SMITH-JONES', expected: 'Smith-Jones' },
    { raw: 'john smith iii', expected: 'John Smith III' },
    { raw: 'VAN', expected: 'Van' },
  ])('title-cases the one-case name "$raw" as "$expected"', ({ raw, expected }) => {
    expect(toNameCase(raw)).toBe(expected)
  })

  it.each([
    { raw: 'McDonald' },
    { raw: 'DeShawn' },
    { raw: 'van der Berg' },
    { raw: 'Van Der Berg' },
    { raw: 'MacKenzie' },
    { raw: 'Mackenzie' },
    { raw: 'LeBlanc' },
  ])('keeps the mixed-case name "$raw" as typed', ({ raw }) => {
    expect(toNameCase(raw)).toBe(raw)
  })

  it.each([{ raw: '王小明' }, { raw: '山田 太郎' }, { raw: '김민수' }])(
    'leaves "$raw" alone: its script has no case',
    ({ raw }) => {
      expect(toNameCase(raw)).toBe(raw)
    },
  )
})
