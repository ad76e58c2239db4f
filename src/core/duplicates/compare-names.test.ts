import { describe, expect, it } from 'vitest'
import { areNicknames } from './are-nicknames.ts'
import { compareFirstNames } from './compare-first-names.ts'
import { compareLastNames } from './compare-last-names.ts'

describe('compareFirstNames', () => {
  it.each([
    { a: 'Ana', b: 'ANA', verdict: 'same' },
    { a: 'José', b: 'Jose', verdict: 'same' },
    { a: 'Zoë', b: 'ZOE', verdict: 'same' },
    { a: 'Mary Ann', b: 'Maryann', verdict: 'same' },
    { a: 'Jean-Luc', b: 'Jean Luc', verdict: 'same' },
    { a: 'Bill', b: 'William', verdict: 'nickname' },
    { a: 'bob', b: 'Robert', verdict: 'nickname' },
    { a: 'Kathy', b: 'Catherine', verdict: 'nickname' },
    { a: 'Pepe', b: 'José', verdict: 'nickname' },
    { a: 'Ana', b: 'Ana María', verdict: 'partial' },
    { a: 'J.', b: 'John', verdict: 'initial' },
    { a: 'j', b: 'Jane Mary', verdict: 'initial' },
    { a: 'K.', b: 'John', verdict: 'different' },
    { a: 'John', b: 'Juan', verdict: 'different' },
    { a: 'John', b: 'Jane', verdict: 'different' },
    { a: 'Иван', b: 'иван', verdict: 'same' },
    { a: 'Ana', b: null, verdict: null },
    { a: '  ', b: 'Ana', verdict: null },
  ])('"$a" and "$b" are $verdict', ({ a, b, verdict }) => {
    expect(compareFirstNames(a, b)).toBe(verdict)
    expect(compareFirstNames(b, a)).toBe(verdict)
  })
})

describe('compareLastNames', () => {
  it.each([
    { a: "O'Brien", b: 'OBRIEN', verdict: 'same' },
    { a: 'Müller', b: 'MULLER', verdict: 'same' },
    { a: 'van der Berg', b: 'Vanderberg', verdict: 'same' },
    { a: 'García', b: 'García Márquez', verdict: 'partial' },
    { a: 'Smith', b: 'Smyth', verdict: 'different' },
    { a: '王', b: '王', verdict: 'same' },
    { a: null, b: 'Smith', verdict: null },
  ])('"$a" and "$b" are $verdict', ({ a, b, verdict }) => {
    expect(compareLastNames(a, b)).toBe(verdict)
    expect(compareLastNames(b, a)).toBe(verdict)
  })
})

describe('areNicknames', () => {
  it('knows a name can belong to several families, and is never its own nickname', () => {
    expect(areNicknames('chris', 'christopher')).toBe(true)
    expect(areNicknames('chris', 'christina')).toBe(true)
    expect(areNicknames('christopher', 'christina')).toBe(false)
    expect(areNicknames('bill', 'bill')).toBe(false)
    expect(areNicknames('zorro', 'bill')).toBe(false)
  })
})
