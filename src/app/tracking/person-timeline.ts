import { AppError, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { TimelineEntry } from './tracking-ports.ts'
import { authorize } from '../access/authorize.ts'

/** A person's timeline: their activities, tracked page views included, newest first. */
export async function personTimeline(
  ctx: UseCaseContext,
  personId: PersonId,
  limit = 100,
): Promise<readonly TimelineEntry[]> {
  authorize(ctx, 'people.read')
  if ((await ctx.store.people.find(personId)) === undefined)
    throw new AppError('person.not_found', `No person ${personId} in this workspace.`, {
      details: { personId },
    })
  return ctx.store.tracking.timeline(personId, limit)
}
