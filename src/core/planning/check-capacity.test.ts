import { describe, expect, it } from 'vitest'
import type { ScheduleRow } from './build-plan.ts'
import { checkCapacity, type TeamCapacity } from './check-capacity.ts'

const row = (week: string, stage: ScheduleRow['stage'], count: number, source = 'marketing') =>
  ({ week, weekStart: week, stage, source, count }) as ScheduleRow

// Two SDRs at 8 conversations a day, 5 days: 80 MQLs a week (capacity 80 hours, 1 hour each).
const sdr: TeamCapacity = {
  team: 'sdr',
  people: 2,
  hoursPerDay: 8,
  daysPerWeek: 5,
  activities: [{ stage: 'mql', perDay: 8, sources: ['marketing'] }],
}
// One AE at 4 presentations a day: 20 opportunities a week.
const ae: TeamCapacity = {
  team: 'ae',
  people: 1,
  hoursPerDay: 8,
  daysPerWeek: 5,
  activities: [{ stage: 'opportunity', perDay: 4 }],
}

describe('checkCapacity', () => {
  it('flags the weeks and teams whose workload is over capacity', () => {
    const schedule = [
      row('2027-W01', 'mql', 80),
      row('2027-W01', 'opportunity', 12),
      row('2027-W02', 'mql', 81),
      row('2027-W02', 'mql', 30, 'sdr'),
      row('2027-W02', 'opportunity', 25),
    ]
    const check = checkCapacity([sdr, ae], schedule)
    expect(check.over.map((w) => [w.week, w.team, w.loadHours, w.utilization])).toEqual([
      ['2027-W02', 'ae', 50, 1.25],
      ['2027-W02', 'sdr', 81, 1.01],
    ])
    // 80 MQLs in 80 hours is exactly at capacity, not over; SDR-sourced MQLs are not theirs.
    expect(check.weeks.find((w) => w.week === '2027-W01' && w.team === 'sdr')).toMatchObject({
      capacityHours: 80,
      loadHours: 80,
      utilization: 1,
      over: false,
    })
  })

  it('refuses a team with no people or a zero activity rate', () => {
    expect(() => checkCapacity([{ ...sdr, people: 0 }], [])).toThrow(/Team "sdr": people is 0/)
    expect(() => checkCapacity([{ ...ae, activities: [{ stage: 'sql', perDay: 0 }] }], [])).toThrow(
      /activities\[0\]\.perDay is 0/,
    )
  })
})
