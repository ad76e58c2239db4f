import type { CanonicalStage } from '../funnel/index.ts'

// Response clocks and the escalation ladder a breached clock climbs.
export const clockKinds = [
  'first_response',
  'takeback',
  'resolution',
  'status_update',
  'recycle',
] as const
export type ClockKind = (typeof clockKinds)[number]

/** A response clock: runs from entering `startsOn` until the subject enters one of `stopsOn`. */
export type ClockRule = {
  readonly kind: ClockKind
  readonly startsOn: CanonicalStage
  readonly stopsOn: readonly CanonicalStage[]
  /**
   * Activity types that also stop the clock when recorded for the person (the owner's touch).
   * Default for first_response: call, email_sent, meeting_held (held, not booked); others none.
   */
  readonly stopsOnActivities?: readonly string[]
}

/** What a step of the escalation ladder does when its time comes. */
export const escalationActions = ['remind_owner', 'notify_manager', 'take_back', 'recycle'] as const
export type EscalationAction = (typeof escalationActions)[number]

export type EscalationStep = {
  /** Business minutes after the clock's due time (0 = at the breach); steps run in order. */
  readonly afterBusinessMinutes: number
  readonly action: EscalationAction
  /** For recycle: the reason code the stage event records (one of reasonCodes). */
  readonly reasonCode?: string
}

/** The ordered ladder a breached clock of one kind climbs, one step at a time. */
export type ClockEscalation = {
  readonly clock: ClockKind
  readonly steps: readonly EscalationStep[]
}
