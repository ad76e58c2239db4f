import type { Agreement, EscalationStep } from '../../core/agreement/index.ts'
import type { SlaClock } from '../../core/sla/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStageIn } from '../funnel/change-stage.ts'
import type { Stores } from '../ports.ts'
import { closeCadence } from '../handoff/follow-up-cadence.ts'

function message(clock: SlaClock, step: EscalationStep, level: number) {
  return {
    clockId: clock.id,
    kind: clock.kind,
    personId: clock.personId,
    priority: clock.priority,
    dueAt: clock.dueAt.toISOString(),
    action: step.action,
    escalationLevel: level,
  }
}

/**
 * Runs one escalation step on a breached clock, on the person as they are now (their current
 * owner, not the one at the start): remind the owner, notify the owner's manager, take the lead
 * back to the SDR pool (owner cleared, audited, `person.taken_back`), or recycle it through
 * changeStageIn to the agreement's recycleTo. Messages are keyed by clock and step, so they are
 * queued once even if the step were retried.
 */
export async function runEscalationStep(
  tx: Stores,
  ctx: UseCaseContext,
  run: { readonly clock: SlaClock; readonly step: EscalationStep; readonly agreement: Agreement },
): Promise<void> {
  const { clock, step, agreement } = run
  const personId = clock.personId as PersonId
  const lead = await tx.sla.clocks.findLead(personId)
  const level = clock.escalationLevel
  const payload = { ...message(clock, step, level), ownerId: lead?.ownerId ?? null }
  const dedupeKey = `clock:${clock.id}:step:${level}`
  switch (step.action) {
    case 'remind_owner':
      return tx.sla.outbox.enqueue([
        { topic: 'sla.reminder', target: lead?.ownerId ?? 'unassigned', payload, dedupeKey },
      ])
    case 'notify_manager':
      return tx.sla.outbox.enqueue([
        {
          topic: 'sla.escalated',
          target: lead?.managerId ?? 'managers',
          payload: { ...payload, managerId: lead?.managerId ?? null },
          dedupeKey,
        },
      ])
    case 'take_back': {
      const previousOwnerId = await tx.sla.clocks.clearOwner(personId)
      await closeCadence(tx, ctx, personId)
      await tx.duplicates.appendAudit({
        at: ctx.clock.now(),
        actor: ctx.actor,
        action: 'person.taken_back',
        subjectType: 'person',
        subjectId: personId,
        details: { previousOwnerId, clockId: clock.id, kind: clock.kind, escalationLevel: level },
      })
      return tx.sla.outbox.enqueue([
        {
          topic: 'person.taken_back',
          target: previousOwnerId ?? 'unassigned',
          payload: { ...payload, previousOwnerId },
          dedupeKey,
        },
      ])
    }
    case 'recycle': {
      const note = `The ${clock.kind} clock was due ${clock.dueAt.toISOString()}; the escalation ladder recycled the lead.`
      await changeStageIn(tx, ctx, {
        subject: { type: 'person', id: personId },
        toStage: agreement.exitCriteria.recycleTo,
        reasonCode: step.reasonCode ?? null,
        note,
      })
    }
  }
}
