import { z } from '@hono/zod-openapi'
import type { StageEvent } from '../core/funnel/index.ts'
import { timestamp } from './common.schema.ts'

export const StageEventBody = z
  .object({
    id: z.string(),
    subject: z.object({ type: z.enum(['person', 'account', 'opportunity']), id: z.string() }),
    fromStage: z.string().nullable(),
    toStage: z.string(),
    occurredAt: timestamp,
    recordedAt: timestamp,
    actor: z.string(),
    reasonCode: z.string().nullable(),
    note: z.string().nullable(),
    agreementVersion: z.number().int().nullable(),
  })
  .openapi('StageEvent')

export const StageChangeRequest = z
  .strictObject({
    toStage: z.string().min(1).max(100).openapi({ example: 'mql' }),
    occurredAt: timestamp.optional().openapi({ description: 'When it happened; defaults to now' }),
    reasonCode: z.string().min(1).max(100).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .openapi('StageChange')

/** The wire form of a stage event. */
export function toStageEventBody(event: StageEvent): z.infer<typeof StageEventBody> {
  return {
    ...event,
    subject: { type: event.subject.type, id: event.subject.id },
    occurredAt: event.occurredAt.toISOString(),
    recordedAt: event.recordedAt.toISOString(),
  }
}
