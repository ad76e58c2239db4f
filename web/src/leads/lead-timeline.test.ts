import { describe, expect, it } from 'vitest'
import type { Activity, StageEvent } from '../api/api-types.ts'
import { toTimeline } from './lead-timeline.ts'

const event = (
  id: string,
  from: string | null,
  to: string,
  at: string,
  extra: Partial<StageEvent> = {},
): StageEvent => ({
  id,
  subject: { type: 'person', id: 'p1' },
  fromStage: from,
  toStage: to,
  occurredAt: at,
  recordedAt: at,
  actor: 'cli',
  reasonCode: null,
  note: null,
  agreementVersion: null,
  ...extra,
})

const activity = (
  id: string,
  type: string,
  at: string,
  properties: Record<string, string> = {},
): Activity => ({
  id,
  type,
  occurredAt: at,
  url: null,
  properties,
})

describe('a lead timeline', () => {
  it('puts stage moves and activities on one line, newest first, a move before an activity at the same instant', () => {
    const timeline = toTimeline(
      [
        event('1', null, 'mql', '2018-01-25T00:00:00.000Z'),
        event('2', 'mql', 'nurture', '2026-12-02T10:00:00.000Z', {
          reasonCode: 'unreachable',
          note: 'no answer twice',
          actor: 'api-key:k1',
        }),
      ],
      [activity('9', 'lead_captured', '2018-01-25T00:00:00.000Z', { channel: 'import:olist.csv' })],
      (stage) => ({ mql: 'MQL', nurture: 'Nurture' })[stage] ?? stage,
    )
    expect(timeline.map((e) => [e.kind, e.title, e.detail])).toEqual([
      ['stage', 'MQL → Nurture', 'reason: unreachable · no answer twice · by api-key:k1'],
      ['stage', 'Entered MQL', 'by cli'],
      ['activity', 'lead captured', 'via import:olist.csv'],
    ])
  })

  it('is empty with nothing recorded', () => {
    expect(toTimeline([], [])).toEqual([])
  })
})
