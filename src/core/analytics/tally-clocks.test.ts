import { describe, expect, it } from 'vitest'
import type { SlaClock } from '../sla/index.ts'
import { clockStateAt, tallyClocks } from './tally-clocks.ts'

describe('clockStateAt', () => {
  const due = { dueAt: new Date('2026-03-02T15:00:00Z') }
  it.each([
    [
      'met when stopped by the due time without a recorded outcome',
      { stoppedAt: new Date('2026-03-02T15:00:00Z'), outcome: null },
      'met',
    ],
    [
      'late when stopped after it without a recorded outcome',
      { stoppedAt: new Date('2026-03-02T15:00:01Z'), outcome: null },
      'late',
    ],
    [
      'open past due once marked breached',
      { stoppedAt: null, outcome: 'breached' },
      'open_past_due',
    ],
    ['running before the due time', { stoppedAt: null, outcome: null }, 'running'],
  ] as const)('%s', (_, clockState, expected) => {
    expect(clockStateAt({ ...due, ...clockState }, new Date('2026-03-02T14:00:00Z'))).toBe(expected)
  })
})

describe('tallyClocks', () => {
  it('counts late and open-past-due clocks as breached and leaves running and cancelled out of the rate', () => {
    const at = (iso: string) => new Date(iso)
    const clock = (over: Partial<SlaClock>): SlaClock => ({
      id: 'c',
      kind: 'first_response',
      personId: null,
      opportunityId: null,
      ownerId: null,
      priority: null,
      startedAt: at('2026-03-02T13:00:00Z'),
      dueAt: at('2026-03-02T15:00:00Z'),
      stoppedAt: null,
      outcome: null,
      escalationLevel: 0,
      nextCheckAt: null,
      agreementVersion: null,
      ...over,
    })
    const tally = tallyClocks(
      [
        clock({ stoppedAt: at('2026-03-02T14:00:00Z'), outcome: 'met' }),
        clock({ stoppedAt: at('2026-03-02T16:00:00Z'), outcome: 'breached' }),
        clock({ dueAt: at('2026-03-02T13:30:00Z') }),
        clock({ dueAt: at('2026-03-03T15:00:00Z') }),
        clock({ stoppedAt: at('2026-03-02T14:00:00Z'), outcome: 'cancelled' }),
      ],
      at('2026-03-02T14:30:00Z'),
      'nothing decided',
    )
    expect(tally).toEqual({
      clocks: 5,
      met: 1,
      breached: 2,
      openPastDue: 1,
      running: 1,
      cancelled: 1,
      metShare: { value: 1 / 3 },
    })
  })
})
