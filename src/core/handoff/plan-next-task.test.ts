import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import type { Agreement, Cadence } from '../agreement/index.ts'
import { berlin, newYork } from '../sla/calendar.fixture.ts'
import { isCadenceTouch } from './cadence-touches.ts'
import { pickCadence } from './pick-cadence.ts'
import { planNextTask } from './plan-next-task.ts'

// Day offsets from the hand-off: a call and an email on day 0, a call on day 2, a voicemail on 5.
const cadence: Cadence = {
  name: 'BDR follow-up',
  tier: 'A',
  steps: [
    { channel: 'call', afterBusinessDays: 0 },
    { channel: 'email', afterBusinessDays: 0 },
    { channel: 'call', afterBusinessDays: 2 },
    { channel: 'voicemail', afterBusinessDays: 5 },
  ],
}
const yearEnd = { ...newYork, closedDays: ['2026-12-24'] }
const plan = (step: number, from: string, calendar = newYork) =>
  planNextTask(cadence, calendar, { step, from: new Date(from) })

describe('planNextTask', () => {
  it.each<[string, number, string, string, string]>([
    // Friday 2026-01-09 16:30 New York: the first call is due at the hand-off itself.
    [
      'the first touch is due at the hand-off',
      0,
      '2026-01-09T21:30:00Z',
      'call',
      '2026-01-09T21:30:00Z',
    ],
    [
      'a same-day step is due at the touch before it',
      1,
      '2026-01-12T15:00:00Z',
      'email',
      '2026-01-12T15:00:00Z',
    ],
    // Mon 10:00 + 2 business days = Wed 10:00.
    [
      'two business days after the touch, same local time',
      2,
      '2026-01-12T15:00:00Z',
      'call',
      '2026-01-14T15:00:00Z',
    ],
    // Thu 2026-01-15 11:00 + 3 days: Fri, then MLK day Monday 19th is skipped: Tue, Wed 21st 11:00.
    [
      'a public holiday is no business day',
      3,
      '2026-01-15T16:00:00Z',
      'voicemail',
      '2026-01-21T16:00:00Z',
    ],
    // Fri 2026-03-06 10:00 EST + 2 days over the DST weekend: Tue 10 March 10:00 EDT = 14:00Z.
    [
      'over the spring DST change the local time holds',
      2,
      '2026-03-06T15:00:00Z',
      'call',
      '2026-03-10T14:00:00Z',
    ],
    // Fri 2026-10-30 10:00 EDT + 2 days over 1 November: Tue 3 November 10:00 EST = 15:00Z.
    [
      'over the autumn DST change the local time holds',
      2,
      '2026-10-30T14:00:00Z',
      'call',
      '2026-11-03T15:00:00Z',
    ],
  ])('%s', (_rule, step, from, channel, dueAt) => {
    expect(plan(step, from)).toEqual({
      cadence: 'BDR follow-up',
      step,
      channel,
      dueAt: new Date(dueAt),
    })
  })

  it('skips the closed days and holidays of the year end', () => {
    // Wed 2026-12-23 10:00 EST + 2: the 24th is closed, the 25th is Christmas, so Mon 28, Tue 29.
    expect(plan(2, '2026-12-23T15:00:00Z', yearEnd)?.dueAt).toEqual(
      new Date('2026-12-29T15:00:00Z'),
    )
    // Wed 2026-12-30 10:00 + 3: Thu 31, New Year's Day off, Mon 4, Tue 5 January 2027.
    expect(plan(3, '2026-12-30T15:00:00Z', yearEnd)?.dueAt).toEqual(
      new Date('2027-01-05T15:00:00Z'),
    )
  })

  it("counts days on an owner's calendar in another time zone", () => {
    // Fri 2026-03-27 10:00 in Berlin (CET, 09:00Z) + 2: Europe changes to CEST on the 29th;
    // Tue 31 March 10:00 CEST = 08:00Z.
    expect(plan(2, '2026-03-27T09:00:00Z', berlin)?.dueAt).toEqual(new Date('2026-03-31T08:00:00Z'))
  })

  it("counts the owner's out-of-office days as closed", () => {
    const away = {
      ...newYork,
      outOfOffice: [
        { from: new Date('2026-01-13T00:00:00Z'), to: new Date('2026-01-15T05:00:00Z') },
      ],
    }
    // Mon 12 10:00 + 2 days with Tue 13 and Wed 14 away: Thu 15, Fri 16 10:00.
    expect(plan(2, '2026-01-12T15:00:00Z', away)?.dueAt).toEqual(new Date('2026-01-16T15:00:00Z'))
  })

  it('plans nothing once every step is done, or for a step that does not exist', () => {
    expect(plan(4, '2026-01-12T15:00:00Z')).toBeNull()
    expect(plan(-1, '2026-01-12T15:00:00Z')).toBeNull()
  })
})

describe('pickCadence', () => {
  const steps = cadence.steps
  const agreement: Agreement = {
    ...agreementFixture(),
    cadences: [
      { name: 'Any SDR lead', tier: 'B', steps },
      { name: 'Hot SDR lead', tier: 'A', priority: 'hot', steps },
      { name: 'Seller', tier: 'A', team: 'sales', steps },
      { name: 'Tier C SDR lead', tier: 'C', steps },
    ],
  }
  it.each<[string, 'sdr' | 'sales', string | null, string | undefined]>([
    ['a hot lead gets the cadence for hot leads', 'sdr', 'hot', 'Hot SDR lead'],
    ['a warm lead falls back to the cadence without a priority', 'sdr', 'warm', 'Any SDR lead'],
    ['a lead without a priority gets the first listed without one', 'sdr', null, 'Any SDR lead'],
    ["a seller's lead gets the sales cadence", 'sales', 'hot', 'Seller'],
  ])('%s', (_rule, team, priority, name) => {
    expect(pickCadence(agreement, { team, priority })?.name).toBe(name)
  })

  it('gives no cadence when the team has none', () => {
    expect(pickCadence(agreementFixture(), { team: 'sales', priority: 'hot' })).toBeUndefined()
  })
})

describe('isCadenceTouch', () => {
  it.each([
    ['call', true],
    ['email_sent', true],
    ['meeting_held', true],
    ['meeting_booked', false],
    ['page_view', false],
  ])('%s is a touch: %s', (type, touch) => {
    expect(isCadenceTouch(type)).toBe(touch)
  })
})
