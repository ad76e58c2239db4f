import { resolveStage, type Team } from '../../core/agreement/index.ts'
import { findIneligibility } from '../../core/routing/index.ts'
import { AppError, type Page, type PageRequest, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { foundOrThrow } from '../records/found-or-throw.ts'
import type { Stores } from '../ports.ts'
import { applyRouteDecision, type AssignmentOutcome } from './apply-route-decision.ts'
import type { HeldLead } from './handoff-ports.ts'
import { routePerson } from './route-person.ts'
import { authorize } from '../access/authorize.ts'

export type AssignRequest = { readonly toEmail?: string; readonly toUserId?: string }

async function chosenUser(tx: Stores, request: AssignRequest) {
  const users = await tx.handoff.routing.findUsers({
    dayStart: new Date(0),
    monthStart: new Date(0),
    openStages: [],
  })
  const byEmail =
    request.toEmail === undefined ? undefined : await tx.users.findByEmail(request.toEmail)
  const id = byEmail?.id ?? request.toUserId
  const user = users.find((u) => u.id === id)
  if (user === undefined) {
    const named = request.toEmail ?? request.toUserId ?? ''
    throw new AppError(
      'user.not_found',
      `No user ${named} in this workspace; \`baton user list\` shows them.`,
      {
        details: { user: named },
      },
    )
  }
  return user
}

/**
 * Assigns a person by hand (`toEmail` or `toUserId`) or routes them again under the agreement in
 * force; the team is the one that owns the person's stage. Throws `handoff.not_routable` when no
 * agreement is in force or marketing owns the stage, and `handoff.owner_unavailable` when the
 * chosen user is inactive or out of office.
 */
export async function assignPerson(
  ctx: UseCaseContext,
  personId: PersonId,
  request: AssignRequest,
): Promise<AssignmentOutcome> {
  authorize(ctx, 'leads.assign')
  return ctx.store.transaction(async (tx) => {
    const person = foundOrThrow(
      await tx.people.find(personId, { forUpdate: true }),
      'person.not_found',
      'person',
      personId,
    )
    const inForce = await tx.agreements.findInForce(ctx.clock.now())
    const canonical = inForce && resolveStage(inForce.document, person.stage)
    const team: Team | undefined = inForce?.document.funnel.stages.find(
      (s) => s.canonical === canonical,
    )?.ownerTeam
    if (inForce === undefined || team === undefined || team === 'marketing') {
      throw new AppError(
        'handoff.not_routable',
        `Person ${personId} is in ${person.stage}, which no SDR or sales team owns under the agreement in force; move them to a hand-off stage first.`,
        { details: { personId, stage: person.stage, team: team ?? null } },
      )
    }
    const target = { personId, team, stage: person.stage, previousOwnerId: person.ownerId }
    if (request.toEmail === undefined && request.toUserId === undefined)
      return routePerson(tx, ctx, inForce.document, target)
    const user = await chosenUser(tx, request)
    const problem = findIneligibility(
      { ...user, capacityPerDay: null, capacityPer30Days: null },
      ctx.clock.now(),
    )
    if (problem !== undefined)
      throw new AppError(
        'handoff.owner_unavailable',
        `That user cannot take leads now: ${problem}.`,
        {
          details: { userId: user.id, problem },
        },
      )
    const reason = `assigned by hand by ${ctx.actor}`
    const decision = {
      kind: 'assigned',
      ownerId: user.id,
      rule: 'manual',
      reason,
      pool: null,
    } as const
    return applyRouteDecision(tx, ctx, target, decision)
  })
}

/** Leads routing could not place, oldest hold first, with the reason. */
export async function listHeldLeads(
  ctx: UseCaseContext,
  page: PageRequest,
): Promise<Page<HeldLead>> {
  authorize(ctx, 'people.read')
  return ctx.store.handoff.routing.listHeld(page)
}
