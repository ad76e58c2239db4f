import { describe, expect, it } from 'vitest'
import { addBusinessTime } from './add-business-time.ts'
import { businessMinutesBetween } from './business-minutes-between.ts'
import { berlin, newYork } from './calendar.fixture.ts'
import type { WorkCalendar } from './types.ts'

const at = (iso: string) => new Date(iso)
const aroundTheClock: WorkCalendar = {
  timeZone: 'America/New_York',
  workingHours: Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((d) => [
      d,
      [{ from: '00:00', to: '24:00' }],
    ]),
  ),
}

describe('businessMinutesBetween', () => {
  it.each<[string, WorkCalendar, string, string, number]>([
    [
      'Friday 16:30 to Monday 09:30 is one business hour',
      newYork,
      '2026-01-09T21:30:00Z',
      '2026-01-12T14:30:00Z',
      60,
    ],
    ['the same instant is zero', newYork, '2026-01-09T21:30:00Z', '2026-01-09T21:30:00Z', 0],
    ['time over reads negative', newYork, '2026-01-12T14:30:00Z', '2026-01-09T21:30:00Z', -60],
    [
      'a weekend alone is no business time',
      newYork,
      '2026-01-10T05:00:00Z',
      '2026-01-12T05:00:00Z',
      0,
    ],
    [
      'a holiday Monday is no business time',
      newYork,
      '2026-01-16T21:30:00Z',
      '2026-01-20T14:30:00Z',
      60,
    ],
    [
      'one full week is five 8-hour days',
      berlin,
      '2026-01-05T00:00:00Z',
      '2026-01-12T00:00:00Z',
      2400,
    ],
    // 2026-03-08 has 23 hours in New York.
    [
      'the spring DST Sunday is 23 hours long',
      aroundTheClock,
      '2026-03-08T05:00:00Z',
      '2026-03-09T04:00:00Z',
      1380,
    ],
    [
      'the fall DST Sunday is 25 hours long',
      aroundTheClock,
      '2026-11-01T04:00:00Z',
      '2026-11-02T05:00:00Z',
      1500,
    ],
    [
      'seconds count as fractions of a minute',
      newYork,
      '2026-01-12T15:00:00Z',
      '2026-01-12T15:00:30Z',
      0.5,
    ],
    [
      'a long out-of-office does not stop the count',
      {
        ...newYork,
        outOfOffice: [{ from: at('2026-01-01T00:00:00Z'), to: at('2099-01-01T00:00:00Z') }],
      },
      '2026-01-05T00:00:00Z',
      '2026-02-01T00:00:00Z',
      0,
    ],
  ])('%s', (_rule, calendar, from, to, minutes) => {
    expect(businessMinutesBetween(calendar, at(from), at(to))).toBe(minutes)
  })

  it.each([1, 59, 60, 61, 480, 1440, 10_000])(
    'undoes addBusinessTime for %i minutes from any start across a year',
    (minutes) => {
      // 53 starts, a week and an odd hour apart, through both DST changes and the year end.
      for (let week = 0; week < 53; week++) {
        const start = new Date(Date.UTC(2026, 0, 1, 3 + (week % 24)) + week * 7 * 86_400_000)
        const due = addBusinessTime(newYork, start, { minutes })
        expect(businessMinutesBetween(newYork, start, due)).toBe(minutes)
      }
    },
  )
})
