import { describe, expect, it } from 'vitest'
import { berlin, newYork } from './calendar.fixture.ts'
import { isBusinessTime } from './is-business-time.ts'
import type { WorkCalendar } from './types.ts'

const away: WorkCalendar = {
  ...newYork,
  outOfOffice: [{ from: new Date('2026-01-12T15:00:00Z'), to: new Date('2026-01-12T16:00:00Z') }],
}

describe('isBusinessTime', () => {
  it.each<[string, WorkCalendar, string, boolean]>([
    ['Monday 09:00 New York opens', newYork, '2026-01-12T14:00:00Z', true],
    ['Monday 08:59 is before the opening', newYork, '2026-01-12T13:59:00Z', false],
    ['Monday 17:00 is the close, not working time', newYork, '2026-01-12T22:00:00Z', false],
    ['Saturday noon is closed', newYork, '2026-01-10T17:00:00Z', false],
    [
      'Independence Day (observed Friday 2026-07-03) is closed',
      newYork,
      '2026-07-03T15:00:00Z',
      false,
    ],
    ['the owner out of office is not working', away, '2026-01-12T15:30:00Z', false],
    ['the owner is back when the absence ends', away, '2026-01-12T16:00:00Z', true],
    ['Berlin 09:30 CEST after the spring change', berlin, '2026-03-30T07:30:00Z', true],
    ['Berlin 08:30 CEST is before the opening', berlin, '2026-03-30T06:30:00Z', false],
  ])('%s', (_rule, calendar, instant, expected) => {
    expect(isBusinessTime(calendar, new Date(instant))).toBe(expected)
  })
})
