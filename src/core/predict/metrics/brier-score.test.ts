import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import { brierScore } from './brier-score.ts'

describe('brierScore', () => {
  it.each([
    {
      case: 'confident and right',
      probabilities: [0.9, 0.1],
      labels: [true, false],
      expected: 0.01,
    },
    { case: 'a coin flip', probabilities: [0.5, 0.5], labels: [true, false], expected: 0.25 },
    { case: 'certain and wrong', probabilities: [1, 0], labels: [false, true], expected: 1 },
    {
      case: 'three mixed rows',
      probabilities: [0.7, 0.2, 0.4],
      labels: [true, false, true],
      expected: 0.49 / 3,
    },
  ])('scores $case as $expected', ({ probabilities, labels, expected }) => {
    expect(brierScore(probabilities, labels)).toBeCloseTo(expected, 12)
  })

  it('rejects a negative probability as request.invalid', () => {
    const error = errorOf(() => brierScore([-0.1], [false]))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
