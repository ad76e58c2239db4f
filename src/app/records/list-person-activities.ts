import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { StoredEvent } from '../scoring/scoring-ports.ts'
import { getPerson } from './people.ts'

/** Most activities one read returns. */
export const maxActivities = 500

/** A person's recorded activities (and those of people merged into them), newest first, at most `limit`; throws `person.not_found`. */
export async function listPersonActivities(
  ctx: UseCaseContext,
  id: PersonId,
  limit: number,
): Promise<{ readonly items: readonly StoredEvent[]; readonly total: number }> {
  await getPerson(ctx, id)
  const events = (await ctx.store.scoring.people.findEvents([id])).get(id) ?? []
  const newestFirst = [...events].sort(
    (a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || b.id.localeCompare(a.id),
  )
  return { items: newestFirst.slice(0, Math.min(limit, maxActivities)), total: events.length }
}
