import type { Team } from '../../core/agreement/index.ts'
import { pickCadence, planNextTask, type PlannedTask } from '../../core/handoff/index.ts'
import type { PersonId, UserId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { ownerCalendar } from '../sla/owner-calendar.ts'

async function insertTask(
  tx: Stores,
  ctx: UseCaseContext,
  task: { readonly personId: PersonId; readonly ownerId: UserId; readonly planned: PlannedTask },
): Promise<void> {
  const { personId, ownerId, planned } = task
  await tx.handoff.tasks.insert({
    personId,
    ownerId,
    cadence: planned.cadence,
    step: planned.step,
    channel: planned.channel,
    dueAt: planned.dueAt,
    createdAt: ctx.clock.now(),
  })
}

/**
 * A lead was just assigned: any open follow-up task ends, and the first task of the cadence the
 * agreement in force gives the owner's team and the lead's first-response priority is scheduled
 * on the owner's calendar. Without an agreement or such a cadence, no task.
 */
export async function startCadence(
  tx: Stores,
  ctx: UseCaseContext,
  lead: { readonly personId: PersonId; readonly ownerId: UserId; readonly team: Team },
): Promise<void> {
  const now = ctx.clock.now()
  await tx.handoff.tasks.cancelOpen(lead.personId, now)
  const inForce = await tx.agreements.findInForce(now)
  if (inForce === undefined) return
  const [clock] = await tx.sla.clocks.findRunning(lead.personId, ['first_response'])
  const cadence = pickCadence(inForce.document, {
    team: lead.team,
    priority: clock?.priority ?? null,
  })
  if (cadence === undefined) return
  const calendar = await ownerCalendar(tx, inForce.document.calendar, lead.ownerId)
  const planned = planNextTask(cadence, calendar, { step: 0, from: now })
  if (planned) await insertTask(tx, ctx, { ...lead, planned })
}

/**
 * The owner touched the lead at `at`: the open follow-up task is done and the cadence's next step
 * is scheduled from the touch. A touch dated before the task was scheduled (a late-loaded old
 * call) does not do it. Returns the task scheduled next, if any.
 */
export async function advanceCadence(
  tx: Stores,
  ctx: UseCaseContext,
  touch: { readonly personId: PersonId; readonly at: Date },
): Promise<PlannedTask | undefined> {
  const task = await tx.handoff.tasks.findOpen(touch.personId, { forUpdate: true })
  if (task === undefined || touch.at.getTime() < task.createdAt.getTime()) return undefined
  await tx.handoff.tasks.complete(task.id, touch.at)
  const inForce = await tx.agreements.findInForce(ctx.clock.now())
  const cadence = inForce?.document.cadences.find((c) => c.name === task.cadence)
  if (inForce === undefined || cadence === undefined) return undefined
  const calendar = await ownerCalendar(tx, inForce.document.calendar, task.ownerId)
  const planned = planNextTask(cadence, calendar, { step: task.step + 1, from: touch.at })
  if (planned === null) return undefined
  await insertTask(tx, ctx, { personId: task.personId, ownerId: task.ownerId, planned })
  return planned
}

/** The lead left the owner's hands (a stage move, a take-back): its open follow-up tasks end. */
export async function closeCadence(tx: Stores, ctx: UseCaseContext, personId: PersonId) {
  await tx.handoff.tasks.cancelOpen(personId, ctx.clock.now())
}
