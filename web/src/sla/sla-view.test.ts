import { describe, expect, it } from 'vitest'
import type { SlaReport } from '../api/api-types.ts'
import { hasClocks, slaFigures } from './sla-view.ts'

const tally = (over: Record<string, unknown> = {}) => ({
  clocks: 0,
  met: 0,
  breached: 0,
  openPastDue: 0,
  running: 0,
  cancelled: 0,
  metShare: { value: null, reason: 'no decided clock' },
  ...over,
})

const group = (over: Record<string, unknown>) =>
  ({
    group: null,
    label: null,
    response: { total: tally(), byPriority: [] },
    resolution: { ...tally(), unresolvedShare: { value: null } },
    statusUpdate: {
      ...tally(),
      elapsed: { unit: 'business_minutes', updates: 0, medianMinutes: null, p90Minutes: null },
    },
    escalations: [],
    breaches: { decided: 0, breached: 0, share: { value: null } },
    ...over,
  }) as unknown as SlaReport['total']

describe('the SLA page figures', () => {
  it('reads response compliance, breaches, unresolved conversations and status-update time', () => {
    const figures = slaFigures(
      group({
        response: {
          total: tally({
            clocks: 12,
            met: 6,
            breached: 3,
            openPastDue: 1,
            metShare: { value: 2 / 3 },
          }),
          byPriority: [],
        },
        resolution: { ...tally({ clocks: 4, breached: 1 }), unresolvedShare: { value: 0.25 } },
        statusUpdate: {
          ...tally({ clocks: 2 }),
          elapsed: { unit: 'business_minutes', updates: 2, medianMinutes: 75, p90Minutes: 470 },
        },
      }),
    )
    expect(figures.map((f) => [f.label, f.value, f.hint, f.alarm])).toEqual([
      ['Answered in time', '66.7%', '6 of 9 decided first responses', false],
      ['Response breaches', '3', '1 still open past due', true],
      ['Unresolved after the limit', '25%', '1 of 4 conversations', true],
      ['Meeting → status update', '1 h 15 min', 'median of 2; p90 7 h 50 min', false],
    ])
  })

  it('says n/a and why when nothing was decided, and tells a report without clocks', () => {
    const empty = group({})
    const figures = slaFigures(empty)
    expect(figures[0]?.value).toBe('n/a')
    expect(figures[3]?.hint).toBe('no status update yet')
    expect(hasClocks({ total: empty } as SlaReport)).toBe(false)
  })
})
