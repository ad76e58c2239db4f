import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import { calibrationTable } from './calibration-table.ts'

describe('calibrationTable', () => {
  it('counts each probability in its equal-width bin, the top bin closed at 1', () => {
    const probabilities = [0, 0.05, 0.1, 0.15, 0.5, 0.95, 1]
    const labels = [false, false, true, false, true, true, true]
    const counts = calibrationTable(probabilities, labels).map((row) => row.count)
    expect(counts).toEqual([2, 2, 0, 0, 0, 1, 0, 0, 0, 2])
  })

  it.each([
    { bin: 1, lower: 0, upper: 0.1, count: 2, meanPredicted: 0.025, observedRate: 0 },
    { bin: 2, lower: 0.1, upper: 0.2, count: 2, meanPredicted: 0.125, observedRate: 0.5 },
    { bin: 3, lower: 0.2, upper: 0.3, count: 0, meanPredicted: null, observedRate: null },
    { bin: 10, lower: 0.9, upper: 1, count: 2, meanPredicted: 0.975, observedRate: 1 },
  ])('reports bin $bin with its mean prediction and observed rate', (expected) => {
    const probabilities = [0, 0.05, 0.1, 0.15, 0.5, 0.95, 1]
    const labels = [false, false, true, false, true, true, true]
    const row = calibrationTable(probabilities, labels)[expected.bin - 1]
    expect(row?.count).toBe(expected.count)
    expect(row?.lower).toBeCloseTo(expected.lower, 12)
    expect(row?.upper).toBeCloseTo(expected.upper, 12)
    if (expected.meanPredicted === null) expect(row?.meanPredicted).toBeNull()
    else expect(row?.meanPredicted).toBeCloseTo(expected.meanPredicted, 12)
    expect(row?.observedRate).toBe(expected.observedRate)
  })

  it.each([
    { bins: 1, counts: [6] },
    { bins: 2, counts: [3, 3] },
    { bins: 4, counts: [2, 1, 1, 2] },
  ])('honours bins = $bins', ({ bins, counts }) => {
    const probabilities = [0, 0.1, 0.25, 0.5, 0.75, 1]
    const rows = calibrationTable(
      probabilities,
      probabilities.map(() => true),
      bins,
    )
    expect(rows.map((row) => row.count)).toEqual(counts)
  })

  it.each([{ bins: 0 }, { bins: 2.5 }])('rejects bins = $bins as request.invalid', ({ bins }) => {
    const error = errorOf(() => calibrationTable([0.5], [true], bins))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
