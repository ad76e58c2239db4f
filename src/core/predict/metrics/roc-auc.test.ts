import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import { rocAuc } from './roc-auc.ts'

const labelsOf = (bits: readonly number[]) => bits.map((bit) => bit === 1)

describe('rocAuc', () => {
  it.each([
    {
      case: 'one positive below one negative',
      scores: [0.1, 0.4, 0.35, 0.8],
      bits: [0, 0, 1, 1],
      expected: 0.75,
    },
    { case: 'a perfect ranking', scores: [0.1, 0.2, 0.8, 0.9], bits: [0, 0, 1, 1], expected: 1 },
    { case: 'an inverted ranking', scores: [0.9, 0.8, 0.2, 0.1], bits: [0, 0, 1, 1], expected: 0 },
    { case: 'all scores tied', scores: [0.5, 0.5, 0.5, 0.5], bits: [0, 1, 0, 1], expected: 0.5 },
    {
      case: 'a tie across classes',
      scores: [0.2, 0.5, 0.5, 0.9],
      bits: [0, 0, 1, 1],
      expected: 0.875,
    },
    { case: 'unsorted input', scores: [3, 1, 2], bits: [1, 0, 1], expected: 1 },
    { case: 'one pair won, one lost', scores: [1, 2, 3], bits: [1, 0, 1], expected: 0.5 },
    { case: 'negative raw scores', scores: [-3, -1, -2, 5], bits: [0, 1, 0, 1], expected: 1 },
  ])('scores $case as $expected', ({ scores, bits, expected }) => {
    expect(rocAuc(scores, labelsOf(bits))).toBeCloseTo(expected, 12)
  })

  it.each([
    { case: 'only positives', scores: [0.1, 0.9], labels: [true, true] },
    { case: 'only negatives', scores: [0.1, 0.9], labels: [false, false] },
    { case: 'no rows', scores: [], labels: [] },
    { case: 'lengths that differ', scores: [0.1, 0.9, 0.5], labels: [true, false] },
    { case: 'a NaN score', scores: [Number.NaN, 0.9], labels: [true, false] },
  ])('rejects $case as request.invalid', ({ scores, labels }) => {
    const error = errorOf(() => rocAuc(scores, labels))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
