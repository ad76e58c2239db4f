import { describe, expect, it } from 'vitest'
import { averageRanks } from './average-ranks.ts'

describe('averageRanks', () => {
  it.each([
    { values: [0.1, 0.4, 0.35, 0.8], expected: [1, 3, 2, 4] },
    { values: [3, 1, 2], expected: [3, 1, 2] },
    { values: [0.5, 0.5, 0.5, 0.5], expected: [2.5, 2.5, 2.5, 2.5] },
    { values: [0.2, 0.5, 0.5, 0.9], expected: [1, 2.5, 2.5, 4] },
    { values: [-1, 7, 7, 7, 0], expected: [1, 4, 4, 4, 2] },
    { values: [], expected: [] },
  ])('ranks $values ascending with ties sharing their mean rank', ({ values, expected }) => {
    expect(averageRanks(values)).toEqual(expected)
  })
})
