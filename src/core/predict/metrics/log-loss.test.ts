import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import { logLoss } from './log-loss.ts'

describe('logLoss', () => {
  it.each([
    {
      case: 'confident and right',
      probabilities: [0.9, 0.1],
      labels: [true, false],
      expected: -Math.log(0.9),
    },
    {
      case: 'a coin flip',
      probabilities: [0.5, 0.5],
      labels: [true, false],
      expected: Math.log(2),
    },
    {
      case: 'mixed rows',
      probabilities: [0.8, 0.4],
      labels: [true, true],
      expected: -(Math.log(0.8) + Math.log(0.4)) / 2,
    },
    {
      case: 'certain and wrong, clipped at 1e-15',
      probabilities: [0],
      labels: [true],
      expected: -Math.log(1e-15),
    },
    {
      case: 'certain and right, clipped at 1 - 1e-15',
      probabilities: [1],
      labels: [true],
      expected: 0,
    },
  ])('costs $case $expected nats per row', ({ probabilities, labels, expected }) => {
    expect(logLoss(probabilities, labels)).toBeCloseTo(expected, 10)
  })

  it('rejects a probability above 1 as request.invalid', () => {
    const error = errorOf(() => logLoss([1.2], [true]))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
