import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import { prAuc } from './pr-auc.ts'

const labelsOf = (bits: readonly number[]) => bits.map((bit) => bit === 1)

describe('prAuc', () => {
  it.each([
    // Thresholds 0.8 (P 1, R 0.5), 0.4 (adds no recall), 0.35 (P 2/3, R 1): 0.5 + 0.5 x 2/3.
    {
      case: 'the scikit-learn example',
      scores: [0.1, 0.4, 0.35, 0.8],
      bits: [0, 0, 1, 1],
      expected: 5 / 6,
    },
    { case: 'a perfect ranking', scores: [0.1, 0.2, 0.8, 0.9], bits: [0, 0, 1, 1], expected: 1 },
    // Positives come third (P 1/3, R 0.5) and fourth (P 1/2, R 1).
    {
      case: 'an inverted ranking',
      scores: [0.9, 0.8, 0.2, 0.1],
      bits: [0, 0, 1, 1],
      expected: 5 / 12,
    },
    { case: 'all scores tied', scores: [0.5, 0.5, 0.5, 0.5], bits: [0, 1, 0, 1], expected: 0.5 },
    { case: 'only positives', scores: [0.3, 0.6], bits: [1, 1], expected: 1 },
  ])('scores $case as $expected', ({ scores, bits, expected }) => {
    expect(prAuc(scores, labelsOf(bits))).toBeCloseTo(expected, 12)
  })

  it('rejects rows without a positive as request.invalid', () => {
    const error = errorOf(() => prAuc([0.2, 0.7], [false, false]))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
