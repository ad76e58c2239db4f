import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { checkReason } from './check-reason.ts'
import { nextTouchAt } from './next-touch-at.ts'
import { acceptStage, dispositionStage, needsReview, rejectStage } from './plan-outcome.ts'

const agreement = agreementFixture()

describe('checkReason', () => {
  it.each([
    ['unreachable', undefined, { kind: 'ok', note: null }],
    ['UNREACHABLE', '  left two voicemails ', { kind: 'ok', note: 'left two voicemails' }],
    ['non_compliant', '  ', { kind: 'note_required' }],
    [
      'non_compliant',
      'outside the target market',
      { kind: 'ok', note: 'outside the target market' },
    ],
    ['busy', 'x', { kind: 'unknown', valid: ['unreachable', 'non_compliant', 'no_need', 'other'] }],
  ])('%s with note %j -> %j', (code, note, expected) => {
    expect(checkReason(agreement, code, note)).toMatchObject(expected)
  })
})

describe('accept and disposition stages', () => {
  it.each([
    ['mql', 'qualified', 'sal'],
    ['sal', 'qualified', 'sql'],
    ['sql', 'qualified', 'opportunity'],
    ['mql', 'nurture', 'nurture'],
    ['sal', 'recycled', 'nurture'],
    ['sal', 'disqualified', 'disqualified'],
  ] as const)('%s + %s -> %s', (from, outcome, to) => {
    expect(dispositionStage(agreement, from, outcome)).toBe(to)
  })

  it('recycles where the exit criteria say and accepts nowhere from a final stage', () => {
    const strict = {
      ...agreement,
      exitCriteria: { ...agreement.exitCriteria, recycleTo: 'disqualified' as const },
    }
    expect(dispositionStage(strict, 'sal', 'recycled')).toBe('disqualified')
    expect(acceptStage(agreement, 'won')).toBeUndefined()
  })

  it('rejects to nurture and closes out only where the transitions allow', () => {
    expect(rejectStage(agreement, 'mql')).toBe('nurture')
    expect(rejectStage(agreement, 'sql')).toBe('nurture')
    expect(rejectStage(agreement, 'opportunity')).toBeUndefined()
    expect(rejectStage(agreement, 'won')).toBeUndefined()
    const strict = {
      ...agreement,
      exitCriteria: { ...agreement.exitCriteria, recycleTo: 'disqualified' as const },
    }
    expect(rejectStage(strict, 'mql')).toBe('disqualified')
    expect(rejectStage(strict, 'sql')).toBeUndefined()
    expect(dispositionStage(agreement, 'sql', 'disqualified')).toBeUndefined()
    expect(dispositionStage(agreement, 'opportunity', 'nurture')).toBeUndefined()
    expect(dispositionStage(agreement, 'won', 'recycled')).toBeUndefined()
  })

  it('sends meetings and opportunities to review, not plain MQLs', () => {
    expect(needsReview(agreement, 'mql', false)).toBe(false)
    expect(needsReview(agreement, 'mql', true)).toBe(true)
    expect(needsReview(agreement, 'sql', false)).toBe(true)
    expect(needsReview(agreement, 'opportunity', false)).toBe(true)
  })
})

describe('nextTouchAt', () => {
  const enrolled = new Date('2026-01-31T10:00:00.000Z')
  it.each([
    [0, '2026-02-28T10:00:00.000Z'],
    [1, '2026-04-30T10:00:00.000Z'],
    [2, '2026-07-31T10:00:00.000Z'],
    [3, '2026-10-31T10:00:00.000Z'],
    [4, '2027-01-31T10:00:00.000Z'],
  ])('touch %i of 1, 3, 6, 9, 12 months falls on %s', (step, due) => {
    expect(nextTouchAt(enrolled, [1, 3, 6, 9, 12], step)?.toISOString()).toBe(due)
  })
  it('has no touch after the last', () => {
    expect(nextTouchAt(enrolled, [1, 3], 2)).toBeUndefined()
  })
})
