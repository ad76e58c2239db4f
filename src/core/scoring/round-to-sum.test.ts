import { describe, expect, it } from 'vitest'
import { roundToSum } from './round-to-sum.ts'
import { seededRandom } from '../predict/seeded-random.ts'

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

// The method as first written, step by step: the reference the faster loop must equal.
function reference(values: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals
  const scaled = values.map((value) => Math.round(value * scale * 1e6) / 1e6)
  const floors = scaled.map((value) => Math.floor(value))
  const target = Math.round(scaled.reduce((sum, value) => sum + value, 0))
  let missing = target - floors.reduce((sum, value) => sum + value, 0)
  const byRemainder = scaled
    .map((value, index) => ({ index, remainder: value - (floors[index] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder) {
    if (missing <= 0) break
    floors[index] = (floors[index] ?? 0) + 1
    missing -= 1
  }
  return floors.map((units) => units / scale)
}

describe('roundToSum against the step-by-step method', () => {
  it('gives the same cents on random lists, short and long, with ties and negatives', () => {
    const random = seededRandom(20261204)
    for (let run = 0; run < 2000; run += 1) {
      const length = Math.floor(random() * (run % 10 === 0 ? 80 : 25))
      const values = Array.from({ length }, () => {
        const kind = random()
        if (kind < 0.2) return Math.round(random() * 40 - 10)
        if (kind < 0.4) return Math.round(random() * 1000) / 400
        return (random() * 60 - 10) * 0.5 ** (random() * 4)
      })
      expect(roundToSum(values, 2), `run ${run}`).toEqual(reference(values, 2))
    }
  })
})
