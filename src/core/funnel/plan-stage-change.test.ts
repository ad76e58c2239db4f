import { describe, expect, it } from 'vitest'
import {
  isAppError,
  type AccountId,
  type ErrorCode,
  type OpportunityId,
  type PersonId,
} from '../shared/index.ts'
import { canonicalStages } from './canonical-stages.ts'
import { planStageChange, type StageChangeRequest } from './plan-stage-change.ts'
import type { StageSubject } from './types.ts'
import { errorOf } from '../../../test/error-of.ts'

const now = new Date('2026-11-23T15:00:00.000Z')
const person: StageSubject = {
  type: 'person',
  id: '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a' as PersonId,
}
const account: StageSubject = {
  type: 'account',
  id: '1c7d4a8f-3a2b-4d5f-8e7b-2a3f4e5d6c7b' as AccountId,
}
const opportunity: StageSubject = {
  type: 'opportunity',
  id: '2d8e5b9a-4b3c-4e6a-9f8c-3b4a5f6e7d8c' as OpportunityId,
}

const request = (overrides: Partial<StageChangeRequest> = {}): StageChangeRequest => ({
  subject: person,
  currentStage: 'inquiry',
  toStage: 'mql',
  now,
  actor: 'ana@acme.com',
  ...overrides,
})

describe('planStageChange', () => {
  describe('accepts a valid change', () => {
    it.each(canonicalStages.filter((stage) => stage !== 'inquiry'))(
      'moves a person from inquiry to the canonical stage %s',
      (toStage) => {
        expect(planStageChange(request({ toStage })).toStage).toBe(toStage)
      },
    )

    it.each([
      { subject: person, toStage: 'sql' },
      { subject: account, toStage: 'customer' },
      { subject: opportunity, toStage: 'Negotiation' },
      { subject: opportunity, toStage: 'Proposal sent' },
      { subject: opportunity, toStage: 'won' },
    ])('lets a $subject.type enter "$toStage"', ({ subject, toStage }) => {
      const draft = planStageChange(request({ subject, toStage }))
      expect(draft).toMatchObject({ subject, toStage })
    })

    it('records the full event with the stage it came from', () => {
      const occurredAt = new Date('2026-11-20T09:30:00.000Z')
      expect(
        planStageChange(
          request({
            occurredAt,
            reasonCode: 'score',
            note: '  hit 60 points  ',
            agreementVersion: 3,
          }),
        ),
      ).toEqual({
        subject: person,
        fromStage: 'inquiry',
        toStage: 'mql',
        occurredAt,
        actor: 'ana@acme.com',
        reasonCode: 'score',
        note: 'hit 60 points',
        agreementVersion: 3,
      })
    })

    it('has no previous stage when the subject enters its first stage', () => {
      const draft = planStageChange(request({ currentStage: null, toStage: 'inquiry' }))
      expect(draft.fromStage).toBeNull()
      expect(draft.toStage).toBe('inquiry')
    })

    it('dates the change now when no occurredAt is given', () => {
      expect(planStageChange(request()).occurredAt).toEqual(now)
    })

    it.each([
      { case: 'at now', occurredAt: now },
      { case: 'a year back', occurredAt: new Date('2025-11-23T15:00:00.000Z') },
    ])('accepts history dated $case', ({ occurredAt }) => {
      expect(planStageChange(request({ occurredAt })).occurredAt).toEqual(occurredAt)
    })

    it.each([
      { case: 'absent', reasonCode: undefined, expected: null },
      { case: 'null', reasonCode: null, expected: null },
      { case: 'given', reasonCode: 'meeting_booked', expected: 'meeting_booked' },
    ])('keeps a reason code only when one is given ($case)', ({ reasonCode, expected }) => {
      expect(planStageChange(request({ reasonCode })).reasonCode).toBe(expected)
    })

    it('has no agreement version unless one is given', () => {
      expect(planStageChange(request()).agreementVersion).toBeNull()
    })

    it.each([
      { case: 'absent', note: undefined, expected: null },
      { case: 'null', note: null, expected: null },
      { case: 'empty', note: '', expected: null },
      { case: 'only spaces', note: ' \n\t ', expected: null },
      { case: 'padded', note: '  called back  ', expected: 'called back' },
      { case: 'exactly 2000 characters', note: 'x'.repeat(2000), expected: 'x'.repeat(2000) },
      {
        case: '2000 characters once trimmed',
        note: ` ${'x'.repeat(2000)} `,
        expected: 'x'.repeat(2000),
      },
    ])('stores a trimmed note, or none when it is blank ($case)', ({ note, expected }) => {
      expect(planStageChange(request({ note })).note).toBe(expected)
    })
  })

  describe('rejects an invalid change', () => {
    it.each<{ rule: string; overrides: Partial<StageChangeRequest>; code: ErrorCode }>([
      {
        rule: 'a person only enters canonical stages',
        overrides: { toStage: 'hot-lead' },
        code: 'funnel.invalid_stage',
      },
      {
        rule: 'canonical stage names are lower case',
        overrides: { toStage: 'MQL' },
        code: 'funnel.invalid_stage',
      },
      {
        rule: 'an account only enters canonical stages',
        overrides: { subject: account, toStage: 'Negotiation' },
        code: 'funnel.invalid_stage',
      },
      {
        rule: 'a stage is never empty',
        overrides: { toStage: '' },
        code: 'funnel.invalid_stage',
      },
      {
        rule: 'a stage is never only spaces',
        overrides: { toStage: '   ' },
        code: 'funnel.invalid_stage',
      },
      {
        rule: 'a stage is never padded with spaces',
        overrides: { toStage: ' mql ' },
        code: 'funnel.invalid_stage',
      },
      {
        rule: 'an opportunity stage is never empty',
        overrides: { subject: opportunity, toStage: '' },
        code: 'funnel.invalid_stage',
      },
      {
        rule: 'an opportunity stage is never padded',
        overrides: { subject: opportunity, toStage: 'Negotiation ' },
        code: 'funnel.invalid_stage',
      },
      {
        rule: 'a person never moves to the stage it is in',
        overrides: { currentStage: 'mql', toStage: 'mql' },
        code: 'funnel.invalid_transition',
      },
      {
        rule: 'an opportunity never moves to the stage it is in',
        overrides: { subject: opportunity, currentStage: 'Negotiation', toStage: 'Negotiation' },
        code: 'funnel.invalid_transition',
      },
      {
        rule: 'history is never dated after now',
        overrides: { occurredAt: new Date(now.getTime() + 1) },
        code: 'request.invalid',
      },
      {
        rule: 'a note is at most 2000 characters',
        overrides: { note: 'x'.repeat(2001) },
        code: 'request.invalid',
      },
    ])('$rule', ({ overrides, code }) => {
      const error = errorOf(() => planStageChange(request(overrides)))
      expect(isAppError(error, code), String(error)).toBe(true)
    })

    it.each([
      { case: 'an unknown stage', toStage: 'hot-lead' },
      { case: 'a padded stage', toStage: ' mql' },
    ])('names the rejected stage in the details ($case)', ({ toStage }) => {
      const error = errorOf(() => planStageChange(request({ toStage })))
      expect(isAppError(error, 'funnel.invalid_stage') && error.details).toEqual({
        stage: toStage,
      })
    })

    it.each([
      { field: 'occurredAt', overrides: { occurredAt: new Date('2026-11-24T00:00:00.000Z') } },
      { field: 'note', overrides: { note: 'x'.repeat(2001) } },
    ])('names $field as the invalid field', ({ field, overrides }) => {
      const error = errorOf(() => planStageChange(request(overrides)))
      expect(isAppError(error, 'request.invalid') && error.details).toEqual({ field })
    })
  })
})
