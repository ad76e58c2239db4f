import type { Agreement, EscalationStep } from '../../core/agreement/index.ts'
import type { SlaClock } from '../../core/sla/index.ts'
import type { PersonId, UserId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStageIn } from '../funnel/change-stage.ts'
import type { Stores } from '../ports.ts'
import type { Notification } from '../scoring/scoring-ports.ts'
import { closeCadence } from '../handoff/follow-up-cadence.ts'
import type { ClockLead } from './sla-ports.ts'

/** A step that only sends a message, so a sweep can queue many of them in one statement. */
export type NoticeStep = EscalationStep & { readonly action: 'remind_owner' | 'notify_manager' }

/** A step that changes the lead: a take-back or a recycle. */
export type ChangeStep = EscalationStep & { readonly action: 'take_back' | 'recycle' }

/** Tells the two kinds of step apart. */
export function isNoticeStep(step: EscalationStep): step is NoticeStep {
  return step.action === 'remind_owner' || step.action === 'notify_manager'
}

export function isChangeStep(step: EscalationStep): step is ChangeStep {
  return !isNoticeStep(step)
}

function message(clock: SlaClock, step: EscalationStep, ownerId: UserId | null) {
  return {
    clockId: clock.id,
    kind: clock.kind,
    personId: clock.personId,
    priority: clock.priority,
    dueAt: clock.dueAt.toISOString(),
    action: step.action,
    escalationLevel: clock.escalationLevel,
    ownerId,
  }
}

// Keyed by clock and step, so a message is queued once even if the step were retried.
const dedupeKey = (clock: SlaClock) => `clock:${clock.id}:step:${clock.escalationLevel}`

/**
 * The message of a reminder or a manager notification, addressed on the person as they are now
 * (their current owner and that owner's manager, not the ones at the clock's start).
 */
export function escalationNotice(
  clock: SlaClock,
  step: NoticeStep,
  lead: ClockLead | undefined,
): Notification {
  const payload = message(clock, step, lead?.ownerId ?? null)
  if (step.action === 'remind_owner') {
    return {
      topic: 'sla.reminder',
      target: lead?.ownerId ?? 'unassigned',
      payload,
      dedupeKey: dedupeKey(clock),
    }
  }
  return {
    topic: 'sla.escalated',
    target: lead?.managerId ?? 'managers',
    payload: { ...payload, managerId: lead?.managerId ?? null },
    dedupeKey: dedupeKey(clock),
  }
}

/**
 * Runs one escalation step that changes the lead, on the person as they are now: take the lead
 * back to the SDR pool (owner cleared, cadence closed, audited, `person.taken_back`), or recycle it
 * through changeStageIn to the agreement's recycleTo. Reminders and manager notifications are
 * messages only (`escalationNotice`).
 */
export async function runEscalationStep(
  tx: Stores,
  ctx: UseCaseContext,
  run: { readonly clock: SlaClock; readonly step: ChangeStep; readonly agreement: Agreement },
): Promise<void> {
  const { clock, step, agreement } = run
  const personId = clock.personId as PersonId
  if (step.action === 'take_back') {
    const previousOwnerId = await tx.sla.clocks.clearOwner(personId)
    await closeCadence(tx, ctx, personId)
    await tx.duplicates.appendAudit({
      at: ctx.clock.now(),
      actor: ctx.actor,
      action: 'person.taken_back',
      subjectType: 'person',
      subjectId: personId,
      details: {
        previousOwnerId,
        clockId: clock.id,
        kind: clock.kind,
        escalationLevel: clock.escalationLevel,
      },
    })
    return tx.sla.outbox.enqueue([
      {
        topic: 'person.taken_back',
        target: previousOwnerId ?? 'unassigned',
        payload: { ...message(clock, step, previousOwnerId), previousOwnerId },
        dedupeKey: dedupeKey(clock),
      },
    ])
  }
  const note = `The ${clock.kind} clock was due ${clock.dueAt.toISOString()}; the escalation ladder recycled the lead.`
  await changeStageIn(tx, ctx, {
    subject: { type: 'person', id: personId },
    toStage: agreement.exitCriteria.recycleTo,
    reasonCode: step.reasonCode ?? null,
    note,
  })
}
