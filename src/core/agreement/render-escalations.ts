// Section 4.5 of the rendered agreement: what happens, step by step, when a clock is breached.
import { escalationLadder } from './escalation-ladder.ts'
import { esc, list, plural, stageLabel } from './markdown-wording.ts'
import type { Agreement, ClockKind, EscalationStep } from './types.ts'

/** How the document names each clock kind. */
export const clockNames = {
  first_response: 'first-response',
  takeback: 'take-back',
  resolution: 'resolution',
  status_update: 'status-update',
  recycle: 'recycle',
} satisfies Record<ClockKind, string>

function stepPhrase(agreement: Agreement, step: EscalationStep): string {
  const when =
    step.afterBusinessMinutes === 0
      ? 'at the breach'
      : `${plural(step.afterBusinessMinutes, 'business minute')} after the breach`
  const reason = step.reasonCode === undefined ? '' : ` (reason ${esc(step.reasonCode)})`
  switch (step.action) {
    case 'remind_owner':
      return `${when}, the owner is reminded`
    case 'notify_manager':
      return `${when}, the owner's manager is notified`
    case 'take_back':
      return `${when}, the lead is taken back from its owner to the SDR pool`
    case 'recycle':
      return `${when}, the lead is recycled to ${stageLabel(agreement, agreement.exitCriteria.recycleTo)}${reason}`
  }
}

/** The escalation ladder of every clock the agreement runs, as sentences. */
export function escalations(agreement: Agreement): string[] {
  if (agreement.clocks.length === 0) return []
  const kinds = [...new Set(agreement.clocks.map((clock) => clock.kind))]
  const ladders = kinds.map((kind) => {
    const steps = escalationLadder(agreement, kind).map((step) => stepPhrase(agreement, step))
    return `When the ${clockNames[kind]} clock is breached: ${steps.join('; ')}.`
  })
  return [
    '### 4.5 Escalation',
    list(ladders),
    'Each step runs once, in order; a clock stopped before a step is due stops its ladder.',
  ]
}
