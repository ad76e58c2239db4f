import { z } from '@hono/zod-openapi'
import type { AssignmentOutcome } from '../app/handoff/apply-route-decision.ts'
import type { HeldLead } from '../app/handoff/handoff-ports.ts'
import { teams } from '../core/agreement/index.ts'

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
