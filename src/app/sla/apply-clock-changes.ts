import type { AgreementVersion } from '../../core/agreement/index.ts'
import { planClockStart, planClockStop } from '../../core/sla/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { StageImplications } from '../funnel/agreed-stage.ts'
import type { Stores } from '../ports.ts'
import { isLoadingHistory } from './is-loading-history.ts'
import type { NewClock } from './sla-ports.ts'
import { ownerCalendar } from './owner-calendar.ts'

export type ClockChange = {
  readonly personId: PersonId
  readonly occurredAt: Date
  readonly implies: StageImplications
}

/**
 * Applies what a person's stage entry implies for their clocks, in the transaction that records
 * it: running clocks of the stopped kinds end (met by their due time, else breached), a running
 * clock of a kind that starts again is cancelled, and the new clocks start with due times in the
 * business time of the person's owner (their own calendar and absences, else the agreement's;
 * first response by the lead's score), owned by that owner.
 */
export async function applyClockChanges(
  tx: Stores,
  ctx: UseCaseContext,
  change: ClockChange & { readonly inForce: AgreementVersion },
): Promise<void> {
  const { personId, occurredAt, implies, inForce } = change
  const starting = implies.startClocks.map((start) => start.kind)
  const running = await tx.sla.clocks.findRunning(personId, [...implies.stopClocks, ...starting], {
    forUpdate: true,
  })
  await tx.sla.clocks.stop(
    running.map((clock) =>
      starting.includes(clock.kind)
        ? { id: clock.id, stoppedAt: occurredAt, outcome: 'cancelled' as const }
        : { id: clock.id, ...planClockStop(clock, occurredAt) },
    ),
  )
  if (implies.startClocks.length === 0) return
  if (isLoadingHistory(ctx.clock.now(), occurredAt)) return
  const lead = (await tx.sla.clocks.findLeads([personId])).get(personId)
  const ownerId = lead?.ownerId ?? null
  const calendar = await ownerCalendar(tx, inForce.document.calendar, ownerId)
  const clocks = implies.startClocks.map((start): NewClock => {
    const planned = planClockStart(inForce.document, start, {
      startedAt: occurredAt,
      score: lead?.score ?? null,
      calendar,
    })
    return {
      ...planned,
      personId,
      opportunityId: null,
      ownerId,
      nextCheckAt: planned.dueAt,
      agreementVersion: inForce.version,
    }
  })
  await tx.sla.clocks.insert(clocks)
}
