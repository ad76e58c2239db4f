import { describe, expect, it } from 'vitest'
import { mulberry32, seededShuffle } from './seeded-shuffle.ts'

const rows = Array.from({ length: 50 }, (_, row) => row)

describe('seededShuffle', () => {
  it('gives the same order for the same seed', () => {
    expect(seededShuffle(rows, mulberry32(7))).toEqual(seededShuffle(rows, mulberry32(7)))
  })

  it('gives a different order for a different seed', () => {
    expect(seededShuffle(rows, mulberry32(7))).not.toEqual(seededShuffle(rows, mulberry32(8)))
  })

  it('keeps every item exactly once and leaves the input untouched', () => {
    const input = [...rows]
    const shuffled = seededShuffle(input, mulberry32(3))
    expect([...shuffled].sort((a, b) => a - b)).toEqual(rows)
    expect(input).toEqual(rows)
  })

  it('draws floats in [0, 1) that stay the same across releases', () => {
    const random = mulberry32(42)
    const draws = Array.from({ length: 1000 }, () => random())
    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true)
    expect(draws.slice(0, 3).map((draw) => draw.toFixed(8))).toEqual([
      '0.60110375',
      '0.44829056',
      '0.85246579',
    ])
  })
})
