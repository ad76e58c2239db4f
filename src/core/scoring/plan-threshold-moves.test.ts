import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import type { Agreement } from '../agreement/index.ts'
import { planThresholdMoves, stageThresholds } from './plan-threshold-moves.ts'

const agreement = agreementFixture()

function withSqlAt(score: number): Agreement {
  return {
    ...agreement,
    leadDefinitions: agreement.leadDefinitions.map((definition) =>
      definition.stage === 'sql' ? { ...definition, scoreThreshold: score } : definition,
    ),
  }
}

describe('planThresholdMoves', () => {
  it.each([
    ['crosses 60 from below: inquiry -> mql', 'inquiry', 40, 65, ['mql']],
    ['reaches exactly the threshold', 'inquiry', 59.99, 60, ['mql']],
    ['a first score at or above the threshold crosses it', 'inquiry', null, 70, ['mql']],
    ['already above before: no second move', 'inquiry', 61, 90, []],
    ['a falling score moves nobody back', 'mql', 70, 30, []],
    ['a person past mql is not moved back to it', 'sal', 10, 80, []],
    ['a recycled person in nurture may re-enter mql', 'nurture', 10, 80, ['mql']],
  ] as const)('%s', (_rule, stage, before, after, moves) => {
    expect(planThresholdMoves(agreement, { stage, before, after })).toEqual(moves)
  })

  it('skips a threshold the transitions do not allow from where the person stands', () => {
    // mql -> sql is not a transition of the fixture (mql -> sal -> sql), so only mql happens.
    expect(planThresholdMoves(withSqlAt(90), { stage: 'inquiry', before: 0, after: 95 })).toEqual([
      'mql',
    ])
  })

  it('takes mql from the hand-off score when its lead definition names no threshold', () => {
    const document: Agreement = {
      ...agreement,
      leadDefinitions: agreement.leadDefinitions.map(({ scoreThreshold: _none, ...d }) => d),
      scoring: { ...agreement.scoring, handoffScore: 45 },
    }
    expect(stageThresholds(document)).toEqual([{ stage: 'mql', score: 45 }])
  })
})
