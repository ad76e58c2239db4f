import type { UseCaseContext } from '../app/context.ts'
import { assignPerson, listHeldLeads } from '../app/handoff/assign-person.ts'
import { acceptLead, dispositionLead, rejectLead } from '../app/handoff/close-loop.ts'
import { recordMeeting } from '../app/handoff/meetings.ts'
import { listEnrollments } from '../app/handoff/nurture.ts'
import { ownerQueue } from '../app/handoff/owner-queue.ts'
import { referPerson } from '../app/handoff/refer-person.ts'
import { listReviews, resolveReview } from '../app/handoff/reviews.ts'
import type { Storage } from '../app/ports.ts'
import { listOutbox, listPersonClocks } from '../app/sla/list-person-clocks.ts'
import { sweepAllDue } from '../app/sla/sweep-clocks.ts'
import { addWebhook, deactivateWebhook, listWebhooks } from '../app/sla/webhooks.ts'
import type { HandoffBackend } from '../cli/handoff-backend.ts'
import { toId } from '../core/shared/index.ts'

/**
 * The hand-off commands run directly on an open database; `storage` (every workspace) lets the
 * owner of the database run the sweeper once.
 */
export function localHandoff(ctx: UseCaseContext, storage: Storage): HandoffBackend {
  return {
    assignPerson: (id, request) => assignPerson(ctx, toId(id, 'id'), request),
    listHeld: (page) => listHeldLeads(ctx, page),
    acceptLead: (id, note) => acceptLead(ctx, toId(id, 'person'), note),
    rejectLead: (id, reason) => rejectLead(ctx, toId(id, 'person'), reason),
    dispositionLead: (id, disposition) => dispositionLead(ctx, toId(id, 'person'), disposition),
    ownerQueue: (request) => ownerQueue(ctx, request),
    recordMeeting: (id, action) =>
      recordMeeting(
        ctx,
        toId(id, 'person'),
        action.action === 'book'
          ? action
          : { ...action, meetingId: toId(action.meetingId, 'meeting') },
      ),
    referPerson: (id, referral) => referPerson(ctx, toId(id, 'person'), referral),
    listReviews: (page) => listReviews(ctx, page),
    resolveReview: (id, decision) => resolveReview(ctx, toId(id, 'review'), decision),
    listEnrollments: ({ status, ...page }) =>
      listEnrollments(ctx, page, status === undefined ? {} : { status }),
    sweepClocks: () => sweepAllDue({ storage, clock: ctx.clock }, { batchSize: 500 }),
    listClocks: (personId) => listPersonClocks(ctx, toId(personId, 'person')),
    listOutbox: ({ status, ...page }) => listOutbox(ctx, page, status),
    addWebhook: (input) => addWebhook(ctx, input),
    listWebhooks: () => listWebhooks(ctx),
    removeWebhook: (name) => deactivateWebhook(ctx, name),
  }
}
