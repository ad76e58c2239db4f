import type { Team } from '../../core/agreement/index.ts'
import type { RouteDecision, RoutingBar } from '../../core/routing/index.ts'
import type { PersonId, UserId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { startCadence } from './follow-up-cadence.ts'

/** What came of routing one hand-off. */
export type AssignmentOutcome =
  | {
      readonly kind: 'assigned'
      readonly personId: PersonId
      readonly team: Team
      readonly ownerId: UserId
      readonly previousOwnerId: UserId | null
      readonly rule: string
      readonly reason: string
    }
  | {
      readonly kind: 'held'
      readonly personId: PersonId
      readonly team: Team
      readonly reason: string
    }

export type RouteTarget = {
  readonly personId: PersonId
  readonly team: Team
  readonly stage: string
  readonly previousOwnerId: UserId | null
  /** What the person's experiment arms keep them away from. */
  readonly barred?: RoutingBar | undefined
}

/**
 * Acts on a routing decision inside the caller's transaction: an assignment sets the owner, records
 * it, audits which rule chose whom and why, queues `person.assigned` for the owner and schedules
 * the first task of the owner's follow-up cadence; a hold is
 * kept for the held list, audited, and queues `person.held` for managers.
 */
export async function applyRouteDecision(
  tx: Stores,
  ctx: UseCaseContext,
  target: RouteTarget,
  decision: RouteDecision,
): Promise<AssignmentOutcome> {
  const at = ctx.clock.now()
  const { personId, team, stage, previousOwnerId } = target
  const audit = { at, actor: ctx.actor, subjectType: 'person', subjectId: personId }
  if (decision.kind === 'held') {
    await tx.handoff.routing.hold({ personId, team, reason: decision.reason, at })
    await tx.duplicates.appendAudit({
      ...audit,
      action: 'person.held',
      details: { team, stage, reason: decision.reason },
    })
    await tx.scoring.people.notify([
      {
        topic: 'person.held',
        target: 'managers',
        payload: { personId, team, stage, reason: decision.reason, heldAt: at.toISOString() },
        dedupeKey: `person.held:${personId}:${at.toISOString()}`,
      },
    ])
    return { kind: 'held', personId, team, reason: decision.reason }
  }
  const { ownerId, rule, reason, pool } = decision
  await tx.handoff.routing.assign({
    personId,
    userId: ownerId,
    team,
    pool,
    rule,
    reason,
    at,
    actor: ctx.actor,
  })
  await tx.duplicates.appendAudit({
    ...audit,
    action: 'person.assigned',
    details: { ownerId, previousOwnerId, team, stage, rule, reason, pool },
  })
  await tx.scoring.people.notify([
    {
      topic: 'person.assigned',
      target: ownerId,
      payload: {
        personId,
        ownerId,
        previousOwnerId,
        team,
        stage,
        rule,
        reason,
        assignedAt: at.toISOString(),
      },
      dedupeKey: `person.assigned:${personId}:${ownerId}:${at.toISOString()}`,
    },
  ])
  await startCadence(tx, ctx, { personId, ownerId, team })
  return { kind: 'assigned', personId, team, ownerId, previousOwnerId, rule, reason }
}
