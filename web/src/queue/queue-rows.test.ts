import { describe, expect, it } from 'vitest'
import type { Clock, QueueItem } from '../api/api-types.ts'
import { queueHeadline, queueRows, toggleAll, toggleOne } from './queue-rows.ts'

const clock = (left: number | null, over: Partial<Clock> = {}): Clock => ({
  id: `c${String(left)}`,
  kind: 'first_response',
  personId: 'p',
  ownerId: 'u',
  priority: 'hot',
  startedAt: '2026-12-01T09:00:00.000Z',
  dueAt: '2026-12-01T10:00:00.000Z',
  stoppedAt: null,
  outcome: null,
  escalationLevel: 0,
  nextCheckAt: null,
  businessMinutesLeft: left,
  ...over,
})

const item = (id: string, clocks: Clock[]): QueueItem =>
  ({
    person: { id, stage: 'mql' },
    score: 61,
    dueAt: clocks[0]?.dueAt ?? null,
    clocks,
  }) as unknown as QueueItem

describe('the queue rows', () => {
  const items = [
    item('late', [clock(-30)]),
    item('soon', [clock(20), clock(900, { kind: 'resolution' })]),
    item('calm', [clock(600, { kind: 'takeback' })]),
    item('none', []),
  ]

  it('keeps the server order and shows each lead by its most urgent clock', () => {
    expect(queueRows(items).map((r) => [r.personId, r.clock, r.tone, r.state])).toEqual([
      ['late', 'First response', 'breached', 'breached: 30 min of business time over'],
      ['soon', 'First response', 'soon', '20 min of business time left'],
      ['calm', 'Meeting before take-back', 'running', '10 h 00 min of business time left'],
      ['none', 'no clock', 'none', 'nothing due'],
    ])
  })

  it('sums up breached and due-soon leads', () => {
    expect(queueHeadline(queueRows(items))).toBe('4 leads, 1 breached, 1 due within the hour.')
    expect(queueHeadline(queueRows([items[2] as QueueItem]))).toBe('1 lead.')
    expect(queueHeadline([])).toBe('Nothing in the queue.')
  })

  it('selects leads one by one, all, and none again', () => {
    const rows = queueRows(items)
    const one = toggleOne(new Set(), 'late')
    expect([...one]).toEqual(['late'])
    expect([...toggleOne(one, 'late')]).toEqual([])
    const all = toggleAll(one, rows)
    expect(all.size).toBe(4)
    expect(toggleAll(all, rows).size).toBe(0)
  })
})
