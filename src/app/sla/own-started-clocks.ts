import type { UserId } from '../../core/shared/index.ts'
import type { Stores } from '../ports.ts'
import type { ClockChange } from './apply-clock-changes.ts'

/**
 * After a hand-off assigned the lead: the clocks its stage entry started (which started before
 * routing chose anyone) are the routed owner's, due when `dueOf` says on that owner's calendar.
 */
export async function ownStartedClocks(
  tx: Stores,
  change: ClockChange & { readonly ownerId: UserId },
  dueOf: (clock: { readonly kind: string; readonly dueAt: Date }) => Date = (c) => c.dueAt,
): Promise<void> {
  const kinds = change.implies.startClocks.map((start) => start.kind)
  const running = await tx.sla.clocks.findRunning(change.personId, kinds, { forUpdate: true })
  const started = running.filter(
    (clock) =>
      clock.startedAt.getTime() === change.occurredAt.getTime() && clock.ownerId !== change.ownerId,
  )
  await tx.sla.clocks.setOwner(
    started.map((clock) => ({ id: clock.id, ownerId: change.ownerId, dueAt: dueOf(clock) })),
  )
}
