import { describe, expect, it } from 'vitest'
import { roundToSum } from './round-to-sum.ts'

const cents = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + Math.round(value * 100), 0)

describe('roundToSum', () => {
  it.each([
    { values: [1 / 3, 1 / 3, 1 / 3], rounded: [0.34, 0.33, 0.33] },
    { values: [2.5, 2.5], rounded: [2.5, 2.5] },
    { values: [0.005, 0.005], rounded: [0.01, 0] },
    { values: [10, -40, 7.071067], rounded: [10, -40, 7.07] },
    { values: [-1 / 3, -1 / 3, -1 / 3], rounded: [-0.33, -0.33, -0.34] },
    { values: [0.1 + 0.2, 0.3], rounded: [0.3, 0.3] },
    { values: [], rounded: [] },
  ])('rounds $values to $rounded, keeping the rounded sum', ({ values, rounded }) => {
    expect(roundToSum(values, 2)).toEqual(rounded)
  })

  it('sums exactly to the rounded sum for many awkward values', () => {
    const values = Array.from({ length: 500 }, (_, index) => Math.sin(index) * 7.3)
    const sum = values.reduce((total, value) => total + value, 0)
    expect(cents(roundToSum(values, 2))).toBe(Math.round(sum * 100))
  })
})
