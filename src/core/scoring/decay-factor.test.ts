import { describe, expect, it } from 'vitest'
import { decayFactor } from './decay-factor.ts'

describe('decayFactor', () => {
  it.each([
    { points: 10, halfLifeDays: 14, ageDays: 28, left: 2.5 },
    { points: 10, halfLifeDays: 14, ageDays: 14, left: 5 },
    { points: 10, halfLifeDays: 14, ageDays: 0, left: 10 },
    { points: 8, halfLifeDays: 30, ageDays: 90, left: 1 },
    { points: 10, halfLifeDays: 14, ageDays: 7, left: 7.0710678118654755 },
    { points: 50, halfLifeDays: 30, ageDays: 45, left: 17.677669529663685 },
    { points: 10, halfLifeDays: undefined, ageDays: 400, left: 10 },
  ])(
    'halves points every half-life: $points points, half-life $halfLifeDays d, $ageDays d old -> $left',
    ({ points, halfLifeDays, ageDays, left }) => {
      expect(points * decayFactor(ageDays, halfLifeDays)).toBeCloseTo(left, 12)
    },
  )

  it('does not grow points for events at or after now', () => {
    expect(decayFactor(-3, 14)).toBe(1)
  })
})
