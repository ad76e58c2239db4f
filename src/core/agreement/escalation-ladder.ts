import type { Agreement, ClockKind, ClockRule, EscalationStep } from './types.ts'

/** The ladder of a kind the agreement does not list: remind the owner at the breach, then the manager an hour later. */
export const defaultEscalationSteps: readonly EscalationStep[] = [
  { afterBusinessMinutes: 0, action: 'remind_owner' },
  { afterBusinessMinutes: 60, action: 'notify_manager' },
]

/** Owner touches that stop a first-response clock when the agreement lists none: meetings held, not booked. */
export const defaultFirstTouchActivities: readonly string[] = ['call', 'email_sent', 'meeting_held']

/** The escalation steps the agreement sets for a clock kind, or the default ladder. */
export function escalationLadder(agreement: Agreement, kind: ClockKind): readonly EscalationStep[] {
  return agreement.escalations?.find((e) => e.clock === kind)?.steps ?? defaultEscalationSteps
}

/** Activity types that stop a clock: the rule's own list, or the default owner touches for first response. */
export function clockStopActivities(rule: ClockRule): readonly string[] {
  return (
    rule.stopsOnActivities ?? (rule.kind === 'first_response' ? defaultFirstTouchActivities : [])
  )
}
