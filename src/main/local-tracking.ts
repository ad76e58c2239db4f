import type { UseCaseContext } from '../app/context.ts'
import {
  addAccountIpRange,
  listAccountIpRanges,
  removeAccountIpRange,
} from '../app/tracking/account-ip-ranges.ts'
import { personTimeline } from '../app/tracking/person-timeline.ts'
import {
  addTrackingOrigin,
  getTrackingSite,
  removeTrackingOrigin,
} from '../app/tracking/site-settings.ts'
import type { TrackingBackend } from '../cli/tracking-backend.ts'
import { toId } from '../core/shared/index.ts'

/** The track commands run directly on an open database. */
export function localTracking(ctx: UseCaseContext): TrackingBackend {
  const site = () => getTrackingSite(ctx)
  return {
    site,
    addOrigin: async (origin) => {
      await addTrackingOrigin(ctx, origin)
      return site()
    },
    removeOrigin: async (origin) => {
      await removeTrackingOrigin(ctx, origin)
      return site()
    },
    listIpRanges: () => listAccountIpRanges(ctx),
    addIpRange: (accountId, cidr) => addAccountIpRange(ctx, toId(accountId, 'accountId'), cidr),
    removeIpRange: (cidr) => removeAccountIpRange(ctx, cidr),
    timeline: (personId) => personTimeline(ctx, toId(personId, 'personId')),
  }
}
