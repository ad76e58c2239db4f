import { describe, expect, it } from 'vitest'
import { errorOf } from '../../../test/error-of.ts'
import { isAppError } from '../shared/index.ts'
import { addBusinessTime } from './add-business-time.ts'
import { berlin, newYork, officeCalendar, tokyo } from './calendar.fixture.ts'
import type { BusinessDuration, WorkCalendar } from './types.ts'

const at = (iso: string) => new Date(iso)

const lunchBreak: WorkCalendar = {
  timeZone: 'America/New_York',
  workingHours: {
    mon: [
      { from: '09:00', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ],
  },
}
const awayMondayMorning: WorkCalendar = {
  ...newYork,
  // Monday 2026-01-12 00:00 to Tuesday 12:00 New York time.
  outOfOffice: [{ from: at('2026-01-12T05:00:00Z'), to: at('2026-01-13T17:00:00Z') }],
}

describe('addBusinessTime', () => {
  it.each<[string, WorkCalendar, string, BusinessDuration, string]>([
    // Friday 16:30 EST is 21:30Z; Monday 09:30 EST is 14:30Z.
    [
      'Friday 16:30 + 1 business hour is Monday 09:30 in a 9-17 calendar',
      newYork,
      '2026-01-09T21:30:00Z',
      { hours: 1 },
      '2026-01-12T14:30:00Z',
    ],
    [
      'an hour inside the day stays on the day',
      newYork,
      '2026-01-12T15:00:00Z',
      { hours: 1 },
      '2026-01-12T16:00:00Z',
    ],
    [
      'the last half hour ends at the close, not the next opening',
      newYork,
      '2026-01-09T21:30:00Z',
      { minutes: 30 },
      '2026-01-09T22:00:00Z',
    ],
    [
      'a weekend start waits for Monday 09:00',
      newYork,
      '2026-01-10T17:00:00Z',
      { hours: 1 },
      '2026-01-12T15:00:00Z',
    ],
    [
      'warm 24 business hours spans three working days',
      newYork,
      '2026-01-12T15:00:00Z',
      { hours: 24 },
      '2026-01-15T15:00:00Z',
    ],
    [
      'Martin Luther King Day (a US public holiday) is skipped',
      newYork,
      '2026-01-16T21:30:00Z',
      { hours: 1 },
      '2026-01-20T14:30:00Z',
    ],
    [
      'Thanksgiving is skipped, the day after (an observance) is not',
      newYork,
      '2026-11-25T21:30:00Z',
      { hours: 1 },
      '2026-11-27T14:30:00Z',
    ],
    // US clocks spring forward on Sunday 2026-03-08: Friday is EST (-5), Monday EDT (-4).
    [
      'New York spring DST weekend keeps local 09:30',
      newYork,
      '2026-03-06T21:30:00Z',
      { hours: 1 },
      '2026-03-09T13:30:00Z',
    ],
    // ...and fall back on Sunday 2026-11-01: Friday EDT, Monday EST.
    [
      'New York fall DST weekend keeps local 09:30',
      newYork,
      '2026-10-30T20:30:00Z',
      { hours: 1 },
      '2026-11-02T14:30:00Z',
    ],
    // EU clocks change on Sunday 2026-03-29 (CET -> CEST) and 2026-10-25 (CEST -> CET).
    [
      'Berlin spring DST weekend keeps local 09:30',
      berlin,
      '2026-03-27T15:30:00Z',
      { hours: 1 },
      '2026-03-30T07:30:00Z',
    ],
    [
      'Berlin fall DST weekend keeps local 09:30',
      berlin,
      '2026-10-23T14:30:00Z',
      { hours: 1 },
      '2026-10-26T08:30:00Z',
    ],
    [
      'year end: New Year (Friday) closed, so Monday 2027-01-04',
      newYork,
      '2026-12-31T21:30:00Z',
      { hours: 1 },
      '2027-01-04T14:30:00Z',
    ],
    [
      'Berlin year end: Christmas Day and Boxing Day closed',
      berlin,
      '2026-12-24T15:30:00Z',
      { hours: 1 },
      '2026-12-28T08:30:00Z',
    ],
    // The owner works in Tokyo: Tuesday 16:30 JST (07:30Z) + 1 h is Wednesday 09:30 JST.
    [
      'an owner in another time zone runs on their own hours',
      tokyo,
      '2026-01-13T07:30:00Z',
      { hours: 1 },
      '2026-01-14T00:30:00Z',
    ],
    [
      'the same instant under the New York team calendar',
      newYork,
      '2026-01-13T07:30:00Z',
      { hours: 1 },
      '2026-01-13T15:00:00Z',
    ],
    [
      'an extra closed day is skipped',
      { ...newYork, closedDays: ['2026-01-12'] },
      '2026-01-09T21:30:00Z',
      { hours: 1 },
      '2026-01-13T14:30:00Z',
    ],
    [
      'out of office until Tuesday noon pushes the clock there',
      awayMondayMorning,
      '2026-01-09T21:30:00Z',
      { hours: 1 },
      '2026-01-13T17:30:00Z',
    ],
    [
      'a lunch break does not count',
      lunchBreak,
      '2026-01-12T16:30:00Z',
      { hours: 1 },
      '2026-01-12T18:30:00Z',
    ],
    [
      'hours and minutes add up',
      newYork,
      '2026-01-12T14:00:00Z',
      { hours: 1, minutes: 30 },
      '2026-01-12T15:30:00Z',
    ],
    [
      'fractional hours are working minutes',
      newYork,
      '2026-01-12T14:00:00Z',
      { hours: 0.25 },
      '2026-01-12T14:15:00Z',
    ],
  ])('%s', (_rule, calendar, start, amount, due) => {
    expect(addBusinessTime(calendar, at(start), amount).toISOString()).toBe(at(due).toISOString())
  })

  it.each<[string, WorkCalendar, string, number, string]>([
    [
      'Friday 16:30 + 1 business day is Monday 16:30',
      newYork,
      '2026-01-09T21:30:00Z',
      1,
      '2026-01-12T21:30:00Z',
    ],
    [
      'Tuesday 10:00 + 5 business days is next Tuesday 10:00',
      newYork,
      '2026-01-06T15:00:00Z',
      5,
      '2026-01-13T15:00:00Z',
    ],
    [
      "a start at the opening ends at that day's close",
      newYork,
      '2026-01-12T14:00:00Z',
      1,
      '2026-01-12T22:00:00Z',
    ],
    [
      'a weekend start counts Monday as the first day',
      newYork,
      '2026-01-10T15:00:00Z',
      1,
      '2026-01-12T22:00:00Z',
    ],
    [
      'a start after the close counts from the next working day',
      newYork,
      '2026-01-12T23:00:00Z',
      2,
      '2026-01-14T22:00:00Z',
    ],
    ['a holiday is not a business day', newYork, '2026-01-16T15:00:00Z', 1, '2026-01-20T15:00:00Z'],
    [
      'the same local time across the spring DST change',
      newYork,
      '2026-03-06T15:00:00Z',
      1,
      '2026-03-09T14:00:00Z',
    ],
    [
      '8 business days over Christmas and New Year',
      berlin,
      '2026-12-22T09:00:00Z',
      8,
      '2027-01-05T09:00:00Z',
    ],
    [
      'a shorter target day ends at its close',
      {
        ...newYork,
        workingHours: { ...newYork.workingHours, mon: [{ from: '09:00', to: '12:00' }] },
      },
      '2026-01-09T20:00:00Z',
      1,
      '2026-01-12T17:00:00Z',
    ],
  ])('%s', (_rule, calendar, start, days, due) => {
    expect(addBusinessTime(calendar, at(start), { days }).toISOString()).toBe(at(due).toISOString())
  })

  it.each<[string, WorkCalendar, BusinessDuration, string]>([
    ['zero', newYork, {}, 'sla.invalid_duration'],
    ['all parts zero', newYork, { hours: 0, minutes: 0, days: 0 }, 'sla.invalid_duration'],
    ['negative hours', newYork, { hours: -1 }, 'sla.invalid_duration'],
    ['negative days', newYork, { days: -2 }, 'sla.invalid_duration'],
    ['fractional days', newYork, { days: 1.5 }, 'sla.invalid_duration'],
    ['not a number', newYork, { minutes: Number.NaN }, 'sla.invalid_duration'],
    ['infinite', newYork, { minutes: Number.POSITIVE_INFINITY }, 'sla.invalid_duration'],
    ['an unknown time zone', officeCalendar('Mars/Olympus'), { hours: 1 }, 'sla.invalid_calendar'],
    [
      'a malformed working period',
      { timeZone: 'UTC', workingHours: { mon: [{ from: '9am', to: '17:00' }] } },
      { hours: 1 },
      'sla.invalid_calendar',
    ],
    [
      'a calendar without working hours',
      { timeZone: 'UTC', workingHours: {} },
      { hours: 1 },
      'sla.no_business_time',
    ],
  ])('refuses %s with a clear error', (_case, calendar, amount, code) => {
    const error = errorOf(() => addBusinessTime(calendar, at('2026-01-12T15:00:00Z'), amount))
    expect(isAppError(error) && error.code).toBe(code)
    expect((error as Error).message).toMatch(/\w{3,}/)
  })

  it('names the bad part of the duration', () => {
    expect(() => addBusinessTime(newYork, at('2026-01-12T15:00:00Z'), { hours: -1 })).toThrow(
      "A business duration's hours must be a non-negative number; got -1.",
    )
  })

  it('refuses an invalid start instant', () => {
    const error = errorOf(() => addBusinessTime(newYork, new Date(Number.NaN), { hours: 1 }))
    expect(isAppError(error, 'sla.invalid_duration')).toBe(true)
  })
})
