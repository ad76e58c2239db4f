import { describe, expect, it } from 'vitest'
import { decidePromotion, type ModelEvidence } from './promotion-gate.ts'

const policy = { minOutcomesPerClass: 50, unresponsiveAfterDays: 90 }
const good: ModelEvidence = {
  positives: 120,
  negatives: 900,
  testAuc: 0.71,
  baselineAuc: 0.5,
  fromOutcomes: true,
}

describe('decidePromotion', () => {
  const cases: [string, Partial<ModelEvidence>, RegExp | null][] = [
    ['allows a model with enough outcomes that beats the baseline', {}, null],
    [
      'refuses too few positives, naming the count and the minimum',
      { positives: 12 },
      /only 12 positives; .* at least 50/,
    ],
    [
      'refuses too few of both classes',
      { positives: 3, negatives: 4 },
      /3 positives and 4 negatives/,
    ],
    [
      'refuses a model no better than the base rate',
      { testAuc: 0.5 },
      /test AUC 0\.500 is not above the baseline's 0\.500/,
    ],
    ['refuses a model trained on an outside CSV', { fromOutcomes: false }, /--from-outcomes/],
  ]
  it.each(cases)('%s', (_, change, reason) => {
    const decision = decidePromotion({ ...good, ...change }, policy)
    if (reason === null) expect(decision).toEqual({ kind: 'allowed' })
    else expect(decision.kind === 'refused' ? decision.reason : '').toMatch(reason)
  })
})
