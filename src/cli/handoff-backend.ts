import type { AssignmentOutcome } from '../app/handoff/apply-route-decision.ts'
import type { LoopResult } from '../app/handoff/close-loop.ts'
import type {
  Enrollment,
  HeldLead,
  LeadReview,
  Meeting,
  ReviewResolution,
} from '../app/handoff/handoff-ports.ts'
import type { MeetingAction } from '../app/handoff/meetings.ts'
import type { OwnerQueue, OwnerQueueRequest } from '../app/handoff/owner-queue.ts'
import type { Referral, ReferralResult } from '../app/handoff/refer-person.ts'
import type { ClockView } from '../app/sla/list-person-clocks.ts'
import type { OutboxMessage, OutboxStatus, Webhook } from '../app/sla/sla-ports.ts'
import type { SweepSummary } from '../app/sla/sweep-clocks.ts'
import type { WebhookInput } from '../app/sla/webhooks.ts'
import type { DispositionOutcome } from '../core/handoff/index.ts'
import type { Page, PageRequest } from '../core/shared/index.ts'

/** What the hand-off commands ask of Baton, on the database or a running server. */
export interface HandoffBackend {
  /** Assigns by hand to `toEmail`, or routes again when it is absent. */
  assignPerson(id: string, request: { readonly toEmail?: string }): Promise<AssignmentOutcome>
  listHeld(page: PageRequest): Promise<Page<HeldLead>>
  /** The owner accepts the lead: it moves on in the funnel. */
  acceptLead(id: string, note?: string): Promise<LoopResult>
  /** The owner rejects the lead with a reason code of the agreement: where its exit criteria say. */
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
  /** Books a meeting, or records a booked one as held or no-show. */
  recordMeeting(id: string, action: MeetingAction): Promise<Meeting>
  /** Links someone else at the account the lead referred, keeping the original source. */
  referPerson(id: string, referral: Referral): Promise<ReferralResult>
  /** The manager's open reviews, oldest first. */
  listReviews(page: PageRequest): Promise<Page<LeadReview>>
  resolveReview(
    id: string,
    decision: { readonly resolution: ReviewResolution; readonly note?: string },
  ): Promise<LeadReview>
  listEnrollments(
    page: PageRequest & { readonly status?: Enrollment['status'] },
  ): Promise<Page<Enrollment>>
  /** Runs the sweeper over due clocks once (on the database only; a server sweeps on its own). */
  sweepClocks(): Promise<SweepSummary>
  /** A person's clocks, newest first, with business time left. */
  listClocks(personId: string): Promise<readonly ClockView[]>
  listOutbox(page: PageRequest & { readonly status?: OutboxStatus }): Promise<Page<OutboxMessage>>
  addWebhook(input: WebhookInput): Promise<Webhook>
  listWebhooks(): Promise<readonly Webhook[]>
  /** Turns a webhook off by name. */
  removeWebhook(name: string): Promise<void>
}
