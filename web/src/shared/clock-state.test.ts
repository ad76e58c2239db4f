import { describe, expect, it } from 'vitest'
import type { Clock } from '../api/api-types.ts'
import { clockKindLabel, clockState, formatBusinessMinutes } from './clock-state.ts'

const clock = (over: Partial<Clock>): Clock => ({
  id: 'c1',
  kind: 'first_response',
  personId: 'p1',
  ownerId: 'u1',
  priority: 'hot',
  startedAt: '2026-12-01T09:00:00.000Z',
  dueAt: '2026-12-01T10:00:00.000Z',
  stoppedAt: null,
  outcome: null,
  escalationLevel: 0,
  nextCheckAt: '2026-12-01T10:00:00.000Z',
  businessMinutesLeft: 125,
  ...over,
})

describe('clock state', () => {
  it('counts business time left on a running clock, due soon under an hour', () => {
    expect(clockState(clock({}))).toEqual({
      tone: 'running',
      text: '2 h 05 min of business time left',
    })
    expect(clockState(clock({ businessMinutesLeft: 59.6 }))).toEqual({
      tone: 'soon',
      text: '1 h 00 min of business time left',
    })
    expect(clockState(clock({ businessMinutesLeft: 12 })).text).toBe('12 min of business time left')
  })

  it('shows a clock past due as breached with the business time over', () => {
    expect(clockState(clock({ businessMinutesLeft: -61 }))).toEqual({
      tone: 'breached',
      text: 'breached: 1 h 01 min of business time over',
    })
  })

  it('shows a stopped clock by its outcome', () => {
    const stoppedAt = '2026-12-01T09:30:00.000Z'
    expect(clockState(clock({ stoppedAt, outcome: 'met' })).tone).toBe('met')
    expect(clockState(clock({ stoppedAt, outcome: 'breached' })).tone).toBe('breached')
    expect(clockState(clock({ stoppedAt, outcome: 'cancelled' })).text).toBe('cancelled')
    expect(clockState(clock({ businessMinutesLeft: null })).text).toBe('running')
  })

  it('names the kinds and formats minutes', () => {
    expect(clockKindLabel('takeback')).toBe('Meeting before take-back')
    expect(clockKindLabel('custom_kind')).toBe('custom kind')
    expect(formatBusinessMinutes(0)).toBe('0 min')
    expect(formatBusinessMinutes(600)).toBe('10 h 00 min')
  })
})
