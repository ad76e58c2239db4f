import { describe, expect, it } from 'vitest'
import type { ClaimedMessage } from './sla-ports.ts'
import { webhookBody } from './webhook-body.ts'

const message = (payload: Record<string, unknown>, topic = 'sla.reminder'): ClaimedMessage =>
  ({
    id: '7',
    workspaceId: 'w',
    topic,
    target: 'u1',
    payload,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: new Date('2026-12-03T10:00:00Z'),
    lastError: null,
    createdAt: new Date('2026-12-03T10:00:00Z'),
    deliveredAt: null,
    deliveredTo: [],
  }) as unknown as ClaimedMessage

describe('webhook bodies', () => {
  it('posts a message that carries its own text (the weekly digest) to Slack as it is', () => {
    const digest = message(
      { text: 'Baton weekly digest, 2026-11-23 to 2026-11-30\n- MQLs: 2' },
      'report.digest',
    )
    expect(JSON.parse(webhookBody(digest, 'slack'))).toEqual({
      text: 'Baton weekly digest, 2026-11-23 to 2026-11-30\n- MQLs: 2',
    })
  })

  it('sums up other messages in one Slack line, and sends JSON whole', () => {
    const reminder = message({ personId: 'p1', dueAt: '2026-12-03T11:00:00.000Z' })
    expect(JSON.parse(webhookBody(reminder, 'slack'))).toEqual({
      text: 'Baton: sla.reminder for person p1 (due 2026-12-03T11:00:00.000Z) -> u1',
    })
    expect(JSON.parse(webhookBody(reminder, 'json'))).toEqual({
      id: '7',
      topic: 'sla.reminder',
      target: 'u1',
      payload: { personId: 'p1', dueAt: '2026-12-03T11:00:00.000Z' },
      createdAt: '2026-12-03T10:00:00.000Z',
    })
  })
})
