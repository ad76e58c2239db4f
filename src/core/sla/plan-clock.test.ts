import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { decideTransition, type EscalationStep } from '../agreement/index.ts'
import { newYork } from './calendar.fixture.ts'
import { pickResponseTarget } from './pick-response-target.ts'
import { planClockStart } from './plan-clock-start.ts'
import { planClockStop } from './plan-clock-stop.ts'
import { planEscalation } from './plan-escalation.ts'

const agreement = { ...agreementFixture(), calendar: newYork }
const targets = [
  { priority: 'warm', minScore: 60, withinBusinessHours: 24 },
  { priority: 'hot', minScore: 80, withinBusinessHours: 1 },
]
const at = (iso: string) => new Date(iso)

describe('pickResponseTarget', () => {
  it.each<[number | null, string]>([
    [95, 'hot'],
    [80, 'hot'],
    [79.9, 'warm'],
    [60, 'warm'],
    [10, 'warm'],
    [null, 'warm'],
  ])('a score of %s gets the %s target', (score, priority) => {
    expect(pickResponseTarget(targets, score)?.priority).toBe(priority)
  })

  it('a target without a threshold takes any score below the others', () => {
    const open = [{ priority: 'standard', withinBusinessHours: 8 }, ...targets]
    expect(pickResponseTarget(open, 30)?.priority).toBe('standard')
  })
})

describe('planClockStart', () => {
  const starts = (to: 'mql' | 'sql', from: 'inquiry' | 'sal') => {
    const decision = decideTransition(
      {
        ...agreement,
        responseTargets: targets,
        clocks: [
          { kind: 'first_response', startsOn: 'mql', stopsOn: ['sal'] },
          { kind: 'recycle', startsOn: 'sql', stopsOn: ['opportunity'] },
          { kind: 'takeback', startsOn: 'sql', stopsOn: ['opportunity'] },
        ],
      },
      from,
      to,
    )
    if (decision.kind !== 'allowed') throw new Error(decision.reason)
    return decision.startClocks
  }

  it.each<[string, number | null, string, string]>([
    [
      'a hot lead is due 1 business hour later (Friday 16:30 -> Monday 09:30)',
      85,
      'hot',
      '2026-01-12T14:30:00Z',
    ],
    ['a warm lead is due 24 business hours later', 65, 'warm', '2026-01-14T21:30:00Z'],
    ['a lead without a score gets the most lenient target', null, 'warm', '2026-01-14T21:30:00Z'],
  ])('%s', (_rule, score, priority, due) => {
    const [firstResponse] = starts('mql', 'inquiry')
    if (!firstResponse) throw new Error('no clock')
    const planned = planClockStart(agreement, firstResponse, {
      startedAt: at('2026-01-09T21:30:00Z'),
      score,
    })
    expect(planned).toEqual({
      kind: 'first_response',
      priority,
      startedAt: at('2026-01-09T21:30:00Z'),
      dueAt: at(due),
    })
  })

  it('runs the recycle window in calendar days (same local time across the DST change) and take-back in business days', () => {
    const [recycle, takeback] = starts('sql', 'sal')
    if (!recycle || !takeback) throw new Error('no clock')
    const startedAt = at('2026-02-20T15:00:00Z') // Friday 10:00 EST
    // 30 days later is Sunday 2026-03-22, 10:00 EDT.
    expect(planClockStart(agreement, recycle, { startedAt, score: null }).dueAt).toEqual(
      at('2026-03-22T14:00:00Z'),
    )
    // 8 business days: Feb 23-27, Mar 2-4 -> Wednesday 2026-03-04 10:00 EST.
    expect(planClockStart(agreement, takeback, { startedAt, score: null }).dueAt).toEqual(
      at('2026-03-04T15:00:00Z'),
    )
  })
})

describe('planClockStop', () => {
  const dueAt = at('2026-01-12T14:30:00Z')
  it.each<[string, string, 'met' | 'breached' | null, string]>([
    ['a touch before the due time meets the clock', '2026-01-12T14:00:00Z', null, 'met'],
    ['a touch at the due time still meets it', '2026-01-12T14:30:00Z', null, 'met'],
    ['a touch after the due time breaches it', '2026-01-12T14:31:00Z', null, 'breached'],
    [
      'a clock already marked breached stays breached',
      '2026-01-12T14:00:00Z',
      'breached',
      'breached',
    ],
  ])('%s', (_rule, stop, outcome, expected) => {
    expect(planClockStop({ dueAt, outcome }, at(stop))).toEqual({
      stoppedAt: at(stop),
      outcome: expected,
    })
  })
})

describe('planEscalation', () => {
  const steps: EscalationStep[] = [
    { afterBusinessMinutes: 0, action: 'remind_owner' },
    { afterBusinessMinutes: 60, action: 'notify_manager' },
    { afterBusinessMinutes: 240, action: 'take_back' },
  ]
  const dueAt = at('2026-01-09T21:30:00Z') // Friday 16:30 New York
  const context = (now: string) => ({ calendar: newYork, now: at(now) })

  it.each<
    [string, 'breached' | null, number, string, boolean, string | undefined, number, string | null]
  >([
    [
      'before due nothing happens',
      null,
      0,
      '2026-01-09T21:00:00Z',
      false,
      undefined,
      0,
      '2026-01-09T21:30:00Z',
    ],
    [
      'at due the breach and the first step, next an hour of business time later (Monday 09:30)',
      null,
      0,
      '2026-01-09T21:30:00Z',
      true,
      'remind_owner',
      1,
      '2026-01-12T14:30:00Z',
    ],
    [
      'the second step waits for its business time',
      'breached',
      1,
      '2026-01-10T15:00:00Z',
      false,
      undefined,
      1,
      '2026-01-12T14:30:00Z',
    ],
    [
      'the second step runs on Monday 09:30',
      'breached',
      1,
      '2026-01-12T14:30:00Z',
      false,
      'notify_manager',
      2,
      '2026-01-12T17:30:00Z',
    ],
    [
      'a late sweep runs only one step per look',
      'breached',
      1,
      '2026-01-20T00:00:00Z',
      false,
      'notify_manager',
      2,
      '2026-01-12T17:30:00Z',
    ],
    [
      'the last step ends the ladder',
      'breached',
      2,
      '2026-01-12T17:30:00Z',
      false,
      'take_back',
      3,
      null,
    ],
    [
      'a finished ladder does nothing more',
      'breached',
      3,
      '2026-01-20T00:00:00Z',
      false,
      undefined,
      3,
      null,
    ],
  ])('%s', (_rule, outcome, level, now, breach, action, nextLevel, nextCheck) => {
    const plan = planEscalation({ dueAt, outcome, escalationLevel: level }, steps, context(now))
    expect(plan.breach).toBe(breach)
    expect(plan.step?.action).toBe(action)
    expect(plan.escalationLevel).toBe(nextLevel)
    expect(plan.nextCheckAt?.toISOString() ?? null).toBe(
      nextCheck === null ? null : at(nextCheck).toISOString(),
    )
  })

  it('marks the breach even when the first step comes later', () => {
    const later: EscalationStep[] = [{ afterBusinessMinutes: 30, action: 'notify_manager' }]
    const plan = planEscalation(
      { dueAt, outcome: null, escalationLevel: 0 },
      later,
      context('2026-01-09T21:30:00Z'),
    )
    expect(plan).toEqual({
      breach: true,
      step: undefined,
      escalationLevel: 0,
      nextCheckAt: at('2026-01-09T22:00:00Z'),
    })
  })
})
