import type { AssignmentOutcome } from '../app/handoff/apply-route-decision.ts'
import type { HeldLead } from '../app/handoff/handoff-ports.ts'
import type { Page, PageRequest } from '../core/shared/index.ts'

/** What the hand-off commands ask of Baton, on the database or a running server. */
export interface HandoffBackend {
  /** Assigns by hand to `toEmail`, or routes again when it is absent. */
  assignPerson(id: string, request: { readonly toEmail?: string }): Promise<AssignmentOutcome>
  listHeld(page: PageRequest): Promise<Page<HeldLead>>
}
