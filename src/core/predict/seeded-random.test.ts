import { describe, expect, it } from 'vitest'
import { seededRandom, shuffled } from './seeded-random.ts'

const draw = (seed: number, count: number) => {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => random())
}

describe('seededRandom', () => {
  it('repeats the same stream for the same seed', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50))
  })

  it.each([
    { a: 1, b: 2 },
    { a: 0, b: 4294967296 + 7 },
  ])('gives seeds $a and $b different streams', ({ a, b }) => {
    expect(draw(a, 5)).not.toEqual(draw(b, 5))
  })

  it('stays inside [0, 1) and spreads over it', () => {
    const values = draw(7, 10_000)
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...values)).toBeLessThan(1)
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length
    expect(mean).toBeCloseTo(0.5, 1)
  })
})

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    const items = Array.from({ length: 20 }, (_, index) => index)
    const result = shuffled(items, seededRandom(3))
    expect([...result].sort((a, b) => a - b)).toEqual(items)
    expect(result).not.toEqual(items)
    expect(items[0]).toBe(0)
  })
})
