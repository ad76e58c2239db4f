import { z } from '@hono/zod-openapi'
import type { AssignmentOutcome } from '../app/handoff/apply-route-decision.ts'
import type { LoopResult } from '../app/handoff/close-loop.ts'
import {
  reviewResolutions,
  reviewStatuses,
  type HeldLead,
  type LeadReview,
} from '../app/handoff/handoff-ports.ts'
import { teams } from '../core/agreement/index.ts'
import { dispositionOutcomes } from '../core/handoff/index.ts'
import { StageEventBody, toStageEventBody } from './stage-event.schema.ts'

export const AssignRequest = z
  .strictObject({
    toEmail: z.string().max(320).optional().openapi({ example: 'ben@acme.com' }),
    toUserId: z.uuid().optional(),
  })
  .openapi('AssignRequest', {
    description: 'Name a user to assign by hand; send {} to route again under the agreement',
  })

export const AssignmentBody = z
  .object({
    kind: z.enum(['assigned', 'held']),
    personId: z.string(),
    team: z.enum(teams),
    ownerId: z.string().nullable(),
    previousOwnerId: z.string().nullable(),
    rule: z.string().nullable().openapi({ description: 'The routing rule that chose, or manual' }),
    reason: z.string(),
  })
  .openapi('Assignment')

export const toAssignmentBody = (outcome: AssignmentOutcome): z.infer<typeof AssignmentBody> =>
  outcome.kind === 'assigned'
    ? { ...outcome }
    : { ...outcome, ownerId: null, previousOwnerId: null, rule: null }

export const HeldLeadBody = z
  .object({
    personId: z.string(),
    email: z.string().nullable(),
    stage: z.string(),
    team: z.enum(teams),
    reason: z.string(),
    heldAt: z.string(),
  })
  .openapi('HeldLead')

export const toHeldLeadBody = (held: HeldLead): z.infer<typeof HeldLeadBody> => ({
  ...held,
  heldAt: held.heldAt.toISOString(),
})

export const AcceptRequest = z
  .strictObject({ note: z.string().max(2000).nullable().optional() })
  .openapi('AcceptRequest', { description: 'The owner accepts the lead; a note is optional' })

export const RejectRequest = z
  .strictObject({
    reasonCode: z.string().max(100).openapi({ example: 'unreachable' }),
    note: z.string().max(2000).nullable().optional().openapi({
      description: 'Why; required where the agreement marks the reason code noteRequired',
    }),
  })
  .openapi('RejectRequest', {
    description:
      'A reason code of the agreement in force; the lead goes where its exit criteria say',
  })

export const DispositionRequest = z
  .strictObject({
    outcome: z.enum(dispositionOutcomes),
    reasonCode: z.string().max(100).optional().openapi({
      description: 'A reason code of the agreement; required unless the outcome is qualified',
    }),
    note: z.string().max(2000).nullable().optional(),
  })
  .openapi('DispositionRequest')

export const ReviewBody = z
  .object({
    id: z.string(),
    personId: z.string(),
    kind: z.enum(['meeting', 'opportunity']),
    fromStage: z.string(),
    toStage: z.string(),
    reasonCode: z.string().nullable(),
    note: z.string().nullable(),
    requestedBy: z.string(),
    status: z.enum(reviewStatuses),
    resolution: z.enum(reviewResolutions).nullable(),
    resolutionNote: z.string().nullable(),
    resolvedBy: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('LeadReview')

export const toReviewBody = (review: LeadReview): z.infer<typeof ReviewBody> => ({
  ...review,
  resolvedAt: review.resolvedAt?.toISOString() ?? null,
  createdAt: review.createdAt.toISOString(),
})

export const LoopResultBody = z
  .object({
    event: StageEventBody,
    review: ReviewBody.nullable().openapi({
      description: "The manager's review opened for a lost meeting or opportunity, if any",
    }),
  })
  .openapi('LoopResult')

export const toLoopResultBody = (result: LoopResult): z.infer<typeof LoopResultBody> => ({
  event: toStageEventBody(result.event),
  review: result.review === null ? null : toReviewBody(result.review),
})
