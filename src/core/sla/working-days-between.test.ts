import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { workingDaysBetween } from './working-days-between.ts'

const calendar = agreementFixture().calendar

describe('workingDaysBetween', () => {
  it.each([
    ['a Monday-to-Monday week in New York', '2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z', 5],
    [
      'January 2026 without New Year and Martin Luther King days',
      '2026-01-01T05:00:00Z',
      '2026-02-01T05:00:00Z',
      20,
    ],
    ['a weekend', '2026-03-07T05:00:00Z', '2026-03-09T05:00:00Z', 0],
    ['a Monday afternoon after closing time', '2026-03-02T22:30:00Z', '2026-03-03T05:00:00Z', 0],
    ['an empty period', '2026-03-02T00:00:00Z', '2026-03-02T00:00:00Z', 0],
  ])('counts %s', (_, from, to, days) => {
    expect(workingDaysBetween(calendar, new Date(from), new Date(to))).toBe(days)
  })
})
