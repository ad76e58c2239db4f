import { describe, expect, it } from 'vitest'
import { buildActivityReport } from './build-activity-report.ts'

const period = { from: new Date('2026-03-02T05:00:00Z'), to: new Date('2026-03-09T05:00:00Z') }
const goals = [
  { team: 'sdr', activity: 'call', perDay: 8 },
  { team: 'sales', activity: 'presentation', perDay: 4 },
] as const
const reps = [
  { id: 'u1', name: 'Sid', role: 'sdr' },
  { id: 'u2', name: 'Ana', role: 'sdr' },
  { id: 'u3', name: 'Bo', role: 'sales' },
]

describe('buildActivityReport', () => {
  it('compares each rep with per day x working days of the team goal', () => {
    const report = buildActivityReport(
      {
        goals,
        reps,
        workingDays: 5,
        counts: [
          { userId: 'u1', type: 'call', count: 44 },
          { userId: 'u2', type: 'call', count: 20 },
          { userId: 'u3', type: 'call', count: 3 },
          { userId: null, type: 'call', count: 2 },
          { userId: 'u3', type: 'presentation', count: 10 },
        ],
      },
      period,
    )
    // 8 calls a day over 5 working days is 40: Sid 44 (110%), Ana 20 (50%); Bo's calls are not an SDR's.
    expect(report.goals[0]).toEqual({
      team: 'sdr',
      activity: 'call',
      perDay: 8,
      expectedPerRep: 40,
      reps: [
        { userId: 'u1', name: 'Sid', actual: 44, perDay: 8.8, attainment: { value: 1.1 } },
        { userId: 'u2', name: 'Ana', actual: 20, perDay: 4, attainment: { value: 0.5 } },
      ],
      unattributed: 5,
    })
    expect(report.goals[1]?.reps).toEqual([
      { userId: 'u3', name: 'Bo', actual: 10, perDay: 2, attainment: { value: 0.5 } },
    ])
  })

  it('gives null with a reason for a period without working days, and says when there are no goals', () => {
    const closed = buildActivityReport({ goals, reps, workingDays: 0, counts: [] }, period)
    expect(closed.goals[0]?.reps[0]).toEqual({
      userId: 'u2',
      name: 'Ana',
      actual: 0,
      perDay: null,
      attainment: { value: null, reason: 'the period has no working day' },
    })
    expect(buildActivityReport({ goals: [], reps, workingDays: 5, counts: [] }, period)).toEqual({
      ...period,
      workingDays: 5,
      goals: [],
      reason: 'the agreement in force sets no activity goals',
    })
  })
})
