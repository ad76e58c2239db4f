import { describe, expect, it } from 'vitest'
import type { PlanTracking, StoredPlan } from '../api/api-types.ts'
import { assumedRate, capacityWarnings, stageStatuses, stageWeeks, whatIfSet } from './plan-view.ts'

type Channel = StoredPlan['assumptions']['channels'][number]
const channel = (name: string, conversion: Record<string, number>): Channel => ({
  name,
  source: 'marketing',
  entryStage: 'inquiry',
  rates: {
    conversion: Object.fromEntries(
      Object.entries(conversion).map(([rate, value]) => [rate, { value, origin: 'assumption' }]),
    ),
    lagDays: {},
  },
})
const inbound = channel('inbound', { inquiry_to_mql: 0.12, mql_to_sql: 0.9 })
const outbound = channel('outbound', { mql_to_sql: 0.5 })

const week = (w: string, start: string, stage: string, planned: number, actual: number | null) => ({
  week: w,
  weekStart: start,
  stage,
  planned,
  actual,
  cumulativePlanned: planned,
  cumulativeActual: actual,
  gap: actual === null ? null : actual - planned,
})
const tracking = {
  planId: 'p1',
  name: 'H1',
  asOf: '2027-01-13T00:00:00.000Z',
  weeks: [
    week('2027-W02', '2027-01-11', 'mql', 30, 18),
    week('2027-W01', '2027-01-04', 'mql', 10, 12),
    week('2027-W03', '2027-01-18', 'mql', 60, null),
    week('2027-W01', '2027-01-04', 'won', 0, 0),
  ],
  drift: [],
  warnings: [],
} as unknown as PlanTracking

describe('the plan page views', () => {
  it('charts a stage week by week in order, leaving out actuals of weeks not begun', () => {
    expect(stageWeeks(tracking, 'mql')).toEqual([
      { week: '2027-W01', weekStart: '2027-01-04', Planned: 10, Actual: 12 },
      { week: '2027-W02', weekStart: '2027-01-11', Planned: 30, Actual: 18 },
      { week: '2027-W03', weekStart: '2027-01-18', Planned: 60 },
    ])
    expect(stageWeeks(tracking, 'sql')).toEqual([])
  })

  it('compares each stage to date with the plan: behind is a negative gap', () => {
    const plan = {
      result: { plan: { total: { inquiry: 900, mql: 108, sql: 90, opportunity: 45, won: 11 } } },
    } as unknown as StoredPlan
    const [inquiry, mql, , , won] = stageStatuses(plan, tracking)
    expect(mql).toEqual({
      stage: 'mql',
      required: 108,
      plannedToDate: 30,
      actualToDate: 18,
      gap: -12,
    })
    expect(inquiry).toEqual({
      stage: 'inquiry',
      required: 900,
      plannedToDate: 0,
      actualToDate: null,
      gap: null,
    })
    expect(won?.gap).toBe(0)
  })

  it('reads the assumed rate shared by the channels, or their mean when they differ', () => {
    expect(assumedRate([inbound, outbound], 'inquiry_to_mql')).toEqual({
      value: 0.12,
      uniform: true,
    })
    expect(assumedRate([inbound, outbound], 'mql_to_sql')).toEqual({ value: 0.7, uniform: false })
    expect(assumedRate([inbound, outbound], 'opportunity_to_won')).toBeNull()
  })

  it('asks the API only for the rates moved away from the assumption', () => {
    const channels = [inbound, outbound]
    expect(whatIfSet({ inquiry_to_mql: 0.12 }, channels)).toEqual([])
    expect(whatIfSet({ inquiry_to_mql: 0.151 }, channels)).toEqual(['inquiry_to_mql=0.15'])
    // Differing channels: a slider set to the mean still sets every channel to it.
    expect(whatIfSet({ mql_to_sql: 0.7, opportunity_to_won: 0.3 }, channels)).toEqual([
      'mql_to_sql=0.7',
    ])
  })

  it('says which team is over capacity in which week', () => {
    const plan = {
      result: {
        capacity: {
          over: [
            {
              team: 'sdr',
              week: '2027-W05',
              weekStart: '2027-02-01',
              capacityHours: 160,
              loadHours: 208,
              utilization: 1.3,
              over: true,
            },
          ],
        },
      },
    } as unknown as StoredPlan
    expect(capacityWarnings(plan)).toEqual([
      'Team sdr is at 130% of capacity in 2027-W05 (208 of 160 hours).',
    ])
  })
})
