import { AppError, type PersonId } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import type { AssignmentRecord } from './handoff-ports.ts'

/** One hand of a lead: who held it, from when until the next assignment (null: still theirs). */
export type OwnerSpell = AssignmentRecord & {
  readonly ownerEmail: string | null
  readonly ownerName: string | null
  readonly until: Date | null
}

/**
 * A person's owner history, oldest first: every assignment routing or a manager made, with the rule
 * that chose the owner and the reason, and how long each owner held the lead.
 */
export async function ownerHistory(
  ctx: UseCaseContext,
  personId: PersonId,
): Promise<readonly OwnerSpell[]> {
  authorize(ctx, 'people.read')
  if ((await ctx.store.people.find(personId)) === undefined)
    throw new AppError('person.not_found', `No person ${personId} in this workspace.`, {
      details: { id: personId },
    })
  const [assignments, users] = await Promise.all([
    ctx.store.handoff.routing.listAssignments(personId),
    ctx.store.users.list(),
  ])
  const byId = new Map(users.map((user) => [user.id as string, user]))
  return assignments.map((record, i) => {
    const user = byId.get(record.userId)
    return {
      ...record,
      ownerEmail: user?.email ?? null,
      ownerName: user?.name ?? null,
      until: assignments[i + 1]?.at ?? null,
    }
  })
}
