import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import { stratifiedSplit } from './stratified-split.ts'

// Positives spread through the rows: 13 is coprime with every row count used here.
const labelsWith = (rows: number, positives: number) =>
  Array.from({ length: rows }, (_, row) => (row * 13) % rows < positives)
const positivesIn = (labels: readonly boolean[], rows: readonly number[]) =>
  rows.filter((row) => labels[row] === true).length

describe('stratifiedSplit', () => {
  it.each([
    { rows: 100, positives: 30, testShare: 0.2, seed: 1 },
    { rows: 37, positives: 11, testShare: 0.3, seed: 2 },
    { rows: 9240, positives: 3561, testShare: 0.25, seed: 3 },
    { rows: 10, positives: 1, testShare: 0.5, seed: 4 },
  ])(
    'keeps the class ratio within one row ($rows rows, $positives positive, share $testShare)',
    ({ rows, positives, testShare, seed }) => {
      const labels = labelsWith(rows, positives)
      expect(labels.filter(Boolean)).toHaveLength(positives)
      const { train, test } = stratifiedSplit(labels, testShare, seed)
      expect(Math.abs(positivesIn(labels, test) - testShare * positives)).toBeLessThanOrEqual(1)
      expect(Math.abs(test.length - testShare * rows)).toBeLessThanOrEqual(1)
      expect([...train, ...test].sort((a, b) => a - b)).toEqual(labels.map((_, row) => row))
    },
  )

  it('gives the same split for the same seed and another for another seed', () => {
    const labels = labelsWith(200, 50)
    expect(stratifiedSplit(labels, 0.3, 11)).toEqual(stratifiedSplit(labels, 0.3, 11))
    expect(stratifiedSplit(labels, 0.3, 11).test).not.toEqual(stratifiedSplit(labels, 0.3, 12).test)
  })

  it.each([
    { case: 'a fractional seed', labels: [true, false, true, false], testShare: 0.5, seed: 1.5 },
    { case: 'a test share of 0', labels: [true, false, true, false], testShare: 0, seed: 1 },
    { case: 'too few rows for the share', labels: [true, false], testShare: 0.1, seed: 1 },
  ])('rejects $case as request.invalid', ({ labels, testShare, seed }) => {
    const error = errorOf(() => stratifiedSplit(labels, testShare, seed))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
