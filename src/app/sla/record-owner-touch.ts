import { clockStopActivities, type ClockKind } from '../../core/agreement/index.ts'
import { planClockStop, type SlaClock } from '../../core/sla/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { isCadenceTouch } from '../../core/handoff/index.ts'
import { advanceCadence } from '../handoff/follow-up-cadence.ts'

async function stopRunning(
  tx: Stores,
  personId: PersonId,
  kinds: readonly ClockKind[],
  at: Date,
): Promise<readonly SlaClock[]> {
  const running = await tx.sla.clocks.findRunning(personId, kinds, { forUpdate: true })
  // A touch before the clock started (a late-loaded old call) does not answer it.
  const answered = running.filter((clock) => clock.startedAt.getTime() <= at.getTime())
  await tx.sla.clocks.stop(answered.map((clock) => ({ id: clock.id, ...planClockStop(clock, at) })))
  return answered
}

/**
 * The owner first touched the lead at `at` (a call, an email sent, a meeting held): its running
 * first-response clocks stop, met when the touch came by the due time and breached after it, and
 * the follow-up task is done with the cadence's next one scheduled. Returns the clocks it stopped.
 */
export async function recordOwnerTouch(
  tx: Stores,
  ctx: UseCaseContext,
  personId: PersonId,
  at: Date,
): Promise<readonly SlaClock[]> {
  const stopped = await stopRunning(tx, personId, ['first_response'], at)
  await advanceCadence(tx, ctx, { personId, at })
  return stopped
}

export type RecordedActivity = {
  readonly personId: PersonId
  readonly type: string
  readonly occurredAt: Date
}

/**
 * Stops the clocks that recorded activities satisfy under the agreement in force: each clock rule
 * lists the activity types that answer it (first response: the owner's call, email or held meeting);
 * a touch on a cadence channel also does the person's open follow-up task.
 */
export async function stopClocksOnActivities(
  tx: Stores,
  ctx: UseCaseContext,
  activities: readonly RecordedActivity[],
): Promise<void> {
  if (activities.length === 0) return
  const inForce = await tx.agreements.findInForce(ctx.clock.now())
  if (!inForce) return
  const rules = inForce.document.clocks
  const ordered = [...activities].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
  for (const activity of ordered) {
    const kinds = rules
      .filter((rule) => clockStopActivities(rule).includes(activity.type))
      .map((rule) => rule.kind)
    if (kinds.length > 0) await stopRunning(tx, activity.personId, kinds, activity.occurredAt)
    if (isCadenceTouch(activity.type))
      await advanceCadence(tx, ctx, { personId: activity.personId, at: activity.occurredAt })
  }
}
