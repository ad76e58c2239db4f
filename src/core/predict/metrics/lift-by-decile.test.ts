import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import { liftByDecile } from './lift-by-decile.ts'

// 100 rows scored by position; the 20 highest-scored rows are the positives (base rate 0.2).
const scores = Array.from({ length: 100 }, (_, row) => row / 100)
const labels = scores.map((_, row) => row >= 80)

describe('liftByDecile', () => {
  it.each([
    { decile: 1, count: 10, positives: 10, rate: 1, lift: 5, cumulativeGain: 0.5 },
    { decile: 2, count: 10, positives: 10, rate: 1, lift: 5, cumulativeGain: 1 },
    { decile: 3, count: 10, positives: 0, rate: 0, lift: 0, cumulativeGain: 1 },
    { decile: 10, count: 10, positives: 0, rate: 0, lift: 0, cumulativeGain: 1 },
  ])('puts the best-scored rows first: decile $decile has lift $lift', (expected) => {
    expect(liftByDecile(scores, labels)[expected.decile - 1]).toEqual(expected)
  })

  it('orders tied scores by row position', () => {
    const tied = scores.map(() => 0.5)
    const alternating = scores.map((_, row) => row % 20 < 10)
    const rows = liftByDecile(tied, alternating)
    expect(rows.map((row) => row.positives)).toEqual([10, 0, 10, 0, 10, 0, 10, 0, 10, 0])
    expect(liftByDecile(tied, alternating)).toEqual(rows)
  })

  it.each([
    { rows: 15, counts: [1, 2, 1, 2, 1, 2, 1, 2, 1, 2] },
    { rows: 100, counts: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10] },
    { rows: 5, counts: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1] },
  ])('cuts $rows rows into deciles of $counts', ({ rows, counts }) => {
    const few = Array.from({ length: rows }, (_, row) => row)
    expect(
      liftByDecile(
        few,
        few.map((row) => row === 0),
      ).map((row) => row.count),
    ).toEqual(counts)
  })

  it('leaves rate and lift null for an empty decile', () => {
    const first = liftByDecile([0.9, 0.1, 0.5], [true, false, false])[0]
    expect(first).toEqual({
      decile: 1,
      count: 0,
      positives: 0,
      rate: null,
      lift: null,
      cumulativeGain: 0,
    })
  })

  it('rejects rows without a positive as request.invalid', () => {
    const error = errorOf(() => liftByDecile([0.1, 0.2], [false, false]))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
