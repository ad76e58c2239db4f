import { z } from '@hono/zod-openapi'
import type { ClockView } from '../app/sla/list-person-clocks.ts'
import { outboxStatuses, type OutboxMessage } from '../app/sla/sla-ports.ts'

const iso = (date: Date | null) => (date === null ? null : date.toISOString())

export const ClockBody = z
  .object({
    id: z.string(),
    kind: z.string(),
    personId: z.string().nullable(),
    ownerId: z.string().nullable(),
    priority: z.string().nullable(),
    startedAt: z.string(),
    dueAt: z.string(),
    stoppedAt: z.string().nullable(),
    outcome: z.string().nullable(),
    escalationLevel: z.number().int(),
    nextCheckAt: z.string().nullable(),
    businessMinutesLeft: z.number().nullable().openapi({
      description: 'Business minutes before the due time; negative once over',
    }),
  })
  .openapi('Clock')

/** The wire form of a clock with its business time left. */
export const toClockBody = (clock: ClockView): z.infer<typeof ClockBody> => ({
  id: clock.id,
  kind: clock.kind,
  personId: clock.personId,
  ownerId: clock.ownerId,
  priority: clock.priority,
  startedAt: clock.startedAt.toISOString(),
  dueAt: clock.dueAt.toISOString(),
  stoppedAt: iso(clock.stoppedAt),
  outcome: clock.outcome,
  escalationLevel: clock.escalationLevel,
  nextCheckAt: iso(clock.nextCheckAt),
  businessMinutesLeft: clock.businessMinutesLeft,
})

export const OutboxBody = z
  .object({
    id: z.string(),
    topic: z.string(),
    target: z.string(),
    payload: z.record(z.string(), z.unknown()),
    status: z.enum(outboxStatuses),
    attempts: z.number().int(),
    nextAttemptAt: z.string(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
  })
  .openapi('OutboxMessage')

/** The wire form of an outbox message, without whom it was delivered to. */
export const toOutboxBody = (m: OutboxMessage): z.infer<typeof OutboxBody> => ({
  id: m.id,
  topic: m.topic,
  target: m.target,
  payload: m.payload,
  status: m.status,
  attempts: m.attempts,
  nextAttemptAt: m.nextAttemptAt.toISOString(),
  lastError: m.lastError,
  createdAt: m.createdAt.toISOString(),
  deliveredAt: iso(m.deliveredAt),
})
