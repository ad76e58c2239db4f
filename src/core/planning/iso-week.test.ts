import { describe, expect, it } from 'vitest'
import { isoWeekOf, toDay } from './iso-week.ts'

describe('isoWeekOf', () => {
  it.each([
    ['2027-01-04', '2027-W01'],
    ['2027-01-03', '2026-W53'],
    ['2026-12-31', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-06-15', '2024-W24'],
    ['2028-01-01', '2027-W52'],
  ])('puts %s in %s (weeks belong to the year of their Thursday)', (day, week) => {
    expect(isoWeekOf(toDay(day))).toBe(week)
  })
})
