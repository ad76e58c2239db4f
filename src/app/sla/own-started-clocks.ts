import type { Agreement } from '../../core/agreement/index.ts'
import { planClockStart } from '../../core/sla/index.ts'
import type { UserId } from '../../core/shared/index.ts'
import type { Stores } from '../ports.ts'
import type { ClockChange } from './apply-clock-changes.ts'
import { ownerCalendar } from './owner-calendar.ts'

/**
 * After a hand-off assigned the lead: the clocks its stage entry started (which started before
 * routing chose anyone) are the routed owner's, due again on that owner's calendar (their own
 * working hours and absences, else the agreement's).
 */
export async function ownStartedClocks(
  tx: Stores,
  change: ClockChange & { readonly ownerId: UserId; readonly agreement: Agreement },
): Promise<void> {
  const { personId, ownerId, agreement, implies, occurredAt } = change
  const kinds = implies.startClocks.map((start) => start.kind)
  const running = await tx.sla.clocks.findRunning(personId, kinds, { forUpdate: true })
  const started = running.filter(
    (clock) => clock.startedAt.getTime() === occurredAt.getTime() && clock.ownerId !== ownerId,
  )
  if (started.length === 0) return
  const calendar = await ownerCalendar(tx, agreement.calendar, ownerId)
  const score = (await tx.sla.clocks.findLeads([personId])).get(personId)?.score ?? null
  await tx.sla.clocks.setOwner(
    started.map((clock) => {
      const start = implies.startClocks.find((s) => s.kind === clock.kind)
      const dueAt =
        start === undefined
          ? clock.dueAt
          : planClockStart(agreement, start, { startedAt: clock.startedAt, score, calendar }).dueAt
      return { id: clock.id, ownerId, dueAt }
    }),
  )
}
