import { z } from '@hono/zod-openapi'
import type { StageImplications } from '../app/funnel/agreed-stage.ts'
import type { StageChange } from '../app/funnel/change-stage.ts'
import { clockKinds, teams } from '../core/agreement/index.ts'
import { timestamp } from './common.schema.ts'

const ClockLimitBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('response_target'),
    targets: z.array(
      z.object({
        priority: z.string(),
        description: z.string().optional(),
        minScore: z.number().optional(),
        withinBusinessHours: z.number(),
      }),
    ),
  }),
  z.object({ kind: z.literal('business_days'), businessDays: z.number() }),
  z.object({ kind: z.literal('calendar_days'), days: z.number() }),
])

const StageImplicationsBody = z
  .object({
    ownerTeam: z.enum(teams),
    ownerTeamChanges: z.boolean(),
    startClocks: z.array(z.object({ kind: z.enum(clockKinds), limit: ClockLimitBody })),
    stopClocks: z.array(z.enum(clockKinds)),
  })
  .openapi('StageImplications', {
    description: 'What a lead move implies under the agreement in force; absent without one',
  })

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
    implies: StageImplicationsBody.optional(),
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

function toImpliesBody(implies: StageImplications): z.infer<typeof StageImplicationsBody> {
  return {
    ...implies,
    startClocks: implies.startClocks.map(({ kind, limit }) => ({
      kind,
      limit: limit.kind === 'response_target' ? { ...limit, targets: [...limit.targets] } : limit,
    })),
    stopClocks: [...implies.stopClocks],
  }
}

/** The wire form of a stage event; one just recorded carries what it implies. */
export function toStageEventBody(event: StageChange): z.infer<typeof StageEventBody> {
  const { implies, ...recorded } = event
  return {
    ...recorded,
    subject: { type: event.subject.type, id: event.subject.id },
    occurredAt: event.occurredAt.toISOString(),
    recordedAt: event.recordedAt.toISOString(),
    ...(implies === undefined ? {} : { implies: toImpliesBody(implies) }),
  }
}
