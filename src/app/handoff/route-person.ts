import type { Agreement, Team } from '../../core/agreement/index.ts'
import { decideRoute } from '../../core/routing/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import {
  applyRouteDecision,
  type AssignmentOutcome,
  type RouteTarget,
} from './apply-route-decision.ts'

const dayMs = 86_400_000

/** The stages a team works leads in: those it owns that a lead can still leave. */
export function openStagesOf(agreement: Agreement, team: Team): string[] {
  const leavable = new Set(agreement.funnel.transitions.map((t) => t.from))
  return agreement.funnel.stages
    .filter((s) => s.ownerTeam === team && leavable.has(s.canonical))
    .map((s) => s.canonical)
}

/**
 * Routes one person to `target.team` under the agreement and applies the decision, in the caller's
 * transaction; routing is serialized per workspace so concurrent hand-offs never share one turn.
 * Capacity counts the assignments of the last 24 hours and the last 30 days.
 */
export async function routePerson(
  tx: Stores,
  ctx: UseCaseContext,
  agreement: Agreement,
  target: RouteTarget,
): Promise<AssignmentOutcome> {
  await tx.handoff.routing.lockRouting()
  const now = ctx.clock.now()
  const routing = tx.handoff.routing
  const lead = await routing.findLead(target.personId)
  if (lead === undefined) throw new Error(`person ${target.personId} vanished while routing`)
  const users = await routing.findUsers({
    dayStart: new Date(now.getTime() - dayMs),
    monthStart: new Date(now.getTime() - 30 * dayMs),
    openStages: openStagesOf(agreement, target.team),
  })
  const decision = decideRoute(agreement, {
    team: target.team,
    barred: target.barred,
    lead,
    users,
    members: await routing.findMembers(),
    cursors: await routing.findCursors(),
    now,
  })
  return applyRouteDecision(tx, ctx, target, decision)
}
