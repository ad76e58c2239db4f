import type { AssignmentOutcome } from '../app/handoff/apply-route-decision.ts'
import type { LoopResult } from '../app/handoff/close-loop.ts'
import type { HeldLead } from '../app/handoff/handoff-ports.ts'
import type { OwnerQueue, OwnerQueueRequest } from '../app/handoff/owner-queue.ts'
import type { DispositionOutcome } from '../core/handoff/index.ts'
import type { Page, PageRequest } from '../core/shared/index.ts'

/** What the hand-off commands ask of Baton, on the database or a running server. */
export interface HandoffBackend {
  /** Assigns by hand to `toEmail`, or routes again when it is absent. */
  assignPerson(id: string, request: { readonly toEmail?: string }): Promise<AssignmentOutcome>
  listHeld(page: PageRequest): Promise<Page<HeldLead>>
  /** The owner accepts the lead: it moves on in the funnel. */
  acceptLead(id: string, note?: string): Promise<LoopResult>
  /** The owner rejects the lead with a reason code of the agreement: back to nurture. */
  rejectLead(
    id: string,
    reason: { readonly reasonCode: string; readonly note?: string },
  ): Promise<LoopResult>
  /** The owner closes the lead out with an outcome (and a reason code unless qualified). */
  dispositionLead(
    id: string,
    disposition: {
      readonly outcome: DispositionOutcome
      readonly reasonCode?: string
      readonly note?: string
    },
  ): Promise<LoopResult>
  /** A rep's open leads, soonest running clock first. */
  ownerQueue(request: OwnerQueueRequest): Promise<OwnerQueue>
}
