import { visitorIdPattern } from '../../core/tracking/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import type { VisitorIdentity } from './tracking-ports.ts'

/** Pairs of visitor and person from identified inputs (a lead or event) that carried a visitor id. */
export function visitorIdentities(
  pairs: readonly { readonly visitorId?: string | null; readonly personId?: PersonId | null }[],
): VisitorIdentity[] {
  return pairs.flatMap(({ visitorId, personId }) =>
    visitorId && personId && visitorIdPattern.test(visitorId) ? [{ visitorId, personId }] : [],
  )
}

/**
 * Names visitors inside the caller's transaction: their earlier anonymous page views move to the
 * person (and, with real-time scoring, score them at once), and later ones go straight to them.
 */
export async function identifyVisitors(
  tx: Stores,
  ctx: UseCaseContext,
  identities: readonly VisitorIdentity[],
): Promise<number> {
  if (identities.length === 0) return 0
  const moved = await tx.tracking.identify(identities, ctx.clock.now())
  return [...moved.values()].reduce((sum, keys) => sum + keys.size, 0)
}
