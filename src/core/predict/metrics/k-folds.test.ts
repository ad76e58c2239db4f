import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import { kFolds } from './k-folds.ts'

const labelsOf = (rows: number, positives: number) =>
  Array.from({ length: rows }, (_, row) => (row * 13) % rows < positives)
const spread = (values: readonly number[]) => Math.max(...values) - Math.min(...values)

describe('kFolds', () => {
  it.each([
    { rows: 23, positives: 7, k: 5 },
    { rows: 10, positives: 3, k: 10 },
    { rows: 41, positives: 20, k: 3 },
  ])('deals $rows rows ($positives positive) into $k balanced folds', ({ rows, positives, k }) => {
    const labels = labelsOf(rows, positives)
    expect(labels.filter(Boolean)).toHaveLength(positives)
    const folds = kFolds(labels, k, 5)
    const tested = folds.flatMap((fold) => fold.test).sort((a, b) => a - b)
    expect(tested).toEqual(labels.map((_, row) => row))
    expect(spread(folds.map((fold) => fold.test.length))).toBeLessThanOrEqual(1)
    const foldPositives = folds.map((fold) => fold.test.filter((row) => labels[row]).length)
    expect(spread(foldPositives)).toBeLessThanOrEqual(1)
    for (const fold of folds) {
      expect([...fold.train, ...fold.test].sort((a, b) => a - b)).toEqual(tested)
    }
  })

  it('gives the same folds for the same seed and others for another seed', () => {
    const labels = labelsOf(60, 20)
    expect(kFolds(labels, 5, 9)).toEqual(kFolds(labels, 5, 9))
    expect(kFolds(labels, 5, 9)[0]?.test).not.toEqual(kFolds(labels, 5, 10)[0]?.test)
  })

  it.each([
    { case: 'k of 1', k: 1, seed: 1 },
    { case: 'more folds than rows', k: 5, seed: 1 },
    { case: 'a fractional k', k: 2.5, seed: 1 },
    { case: 'a fractional seed', k: 2, seed: 0.5 },
  ])('rejects $case as request.invalid', ({ k, seed }) => {
    const error = errorOf(() => kFolds([true, false, true, false], k, seed))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
