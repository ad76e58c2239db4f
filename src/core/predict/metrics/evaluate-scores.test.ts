import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import { evaluateScores } from './evaluate-scores.ts'

describe('evaluateScores', () => {
  it('gathers every measure and the base rate in one evaluation', () => {
    const evaluation = evaluateScores([0.1, 0.4, 0.35, 0.8], [false, false, true, true])
    expect(evaluation).toMatchObject({ rows: 4, positives: 2, baseRate: 0.5, rocAuc: 0.75 })
    expect(evaluation.prAuc).toBeCloseTo(5 / 6, 12)
    expect(evaluation.logLoss).toBeCloseTo(
      -(Math.log(0.9) + Math.log(0.6) + Math.log(0.35) + Math.log(0.8)) / 4,
      12,
    )
    expect(evaluation.brierScore).toBeCloseTo((0.01 + 0.16 + 0.4225 + 0.04) / 4, 12)
    expect(evaluation.calibration).toHaveLength(10)
    expect(evaluation.lift).toHaveLength(10)
  })

  it('rejects outcomes of a single class as request.invalid', () => {
    const error = errorOf(() => evaluateScores([0.2, 0.7], [true, true]))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
