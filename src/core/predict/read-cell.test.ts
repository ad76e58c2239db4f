import { describe, expect, it } from 'vitest'
import { describeCell, readLevel, readNumber } from './read-cell.ts'

describe('readNumber', () => {
  it.each([
    { cell: 12, expected: 12 },
    { cell: '12', expected: 12 },
    { cell: ' 3.5 ', expected: 3.5 },
    { cell: '-0.25', expected: -0.25 },
    { cell: '.5', expected: 0.5 },
    { cell: '1e3', expected: 1000 },
    { cell: Number.NaN, expected: undefined },
    { cell: Number.POSITIVE_INFINITY, expected: undefined },
    { cell: 'abc', expected: undefined },
    { cell: '0x10', expected: undefined },
    { cell: '1,000', expected: undefined },
    { cell: '', expected: undefined },
    { cell: '   ', expected: undefined },
    { cell: null, expected: undefined },
    { cell: undefined, expected: undefined },
  ])('reads $cell as $expected', ({ cell, expected }) => {
    expect(readNumber(cell)).toBe(expected)
  })
})

describe('readLevel', () => {
  it.each([
    { cell: '  Google ', expected: 'google' },
    { cell: 'google', expected: 'google' },
    { cell: 'Olark   Chat', expected: 'olark chat' },
    { cell: 'Select', expected: 'select' },
    { cell: 7, expected: '7' },
    { cell: '', expected: undefined },
    { cell: ' ', expected: undefined },
    { cell: null, expected: undefined },
  ])('reads $cell as level $expected', ({ cell, expected }) => {
    expect(readLevel(cell)).toBe(expected)
  })
})

describe('describeCell', () => {
  it.each([
    { cell: ' Reference ', expected: 'Reference' },
    { cell: 0, expected: '0' },
    { cell: '', expected: '(missing)' },
    { cell: null, expected: '(missing)' },
  ])('shows $cell as "$expected"', ({ cell, expected }) => {
    expect(describeCell(cell)).toBe(expected)
  })
})
