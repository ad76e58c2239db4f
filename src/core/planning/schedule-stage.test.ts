import { describe, expect, it } from 'vitest'
import { scheduleStage } from './schedule-stage.ts'

describe('scheduleStage', () => {
  it('spreads a stage evenly over the weeks of its period', () => {
    // 2027-01-04 (Mon) .. 2027-01-31 (Sun): four whole ISO weeks.
    expect(scheduleStage(40, { start: '2027-01-04', end: '2027-01-31' }, 0)).toEqual([
      { week: '2027-W01', weekStart: '2027-01-04', count: 10 },
      { week: '2027-W02', weekStart: '2027-01-11', count: 10 },
      { week: '2027-W03', weekStart: '2027-01-18', count: 10 },
      { week: '2027-W04', weekStart: '2027-01-25', count: 10 },
    ])
  })

  it('moves creation earlier by the lead time, across the year boundary', () => {
    // Wins in Q1 2027; opportunities created 30 days before: from 2026-12-02 on.
    const weeks = scheduleStage(13, { start: '2027-01-01', end: '2027-03-31' }, 30)
    expect(weeks[0]).toMatchObject({ week: '2026-W49', weekStart: '2026-11-30' })
    expect(weeks.map((w) => w.week)).toContain('2026-W53')
    // The 13th win is due on day 84 (2027-03-25, when the even pace passes 12): created 2027-02-23.
    expect(weeks.at(-1)).toMatchObject({ week: '2027-W08' })
    expect(weeks.reduce((sum, w) => sum + w.count, 0)).toBe(13)
  })

  it('never falls behind an even pace: rounding puts the odd item early', () => {
    const weeks = scheduleStage(3, { start: '2027-01-04', end: '2027-01-17' }, 0)
    expect(weeks.map((w) => w.count)).toEqual([2, 1])
  })

  it('schedules nothing for zero', () => {
    expect(scheduleStage(0, { start: '2027-01-01', end: '2027-12-31' }, 10)).toEqual([])
  })
})
