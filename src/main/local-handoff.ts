import type { UseCaseContext } from '../app/context.ts'
import { assignPerson, listHeldLeads } from '../app/handoff/assign-person.ts'
import { acceptLead, dispositionLead, rejectLead } from '../app/handoff/close-loop.ts'
import { ownerQueue } from '../app/handoff/owner-queue.ts'
import type { HandoffBackend } from '../cli/handoff-backend.ts'
import { toId } from '../core/shared/index.ts'

/** The hand-off commands run directly on an open database. */
export function localHandoff(ctx: UseCaseContext): HandoffBackend {
  return {
    assignPerson: (id, request) => assignPerson(ctx, toId(id, 'id'), request),
    listHeld: (page) => listHeldLeads(ctx, page),
    acceptLead: (id, note) => acceptLead(ctx, toId(id, 'person'), note),
    rejectLead: (id, reason) => rejectLead(ctx, toId(id, 'person'), reason),
    dispositionLead: (id, disposition) => dispositionLead(ctx, toId(id, 'person'), disposition),
    ownerQueue: (request) => ownerQueue(ctx, request),
  }
}
