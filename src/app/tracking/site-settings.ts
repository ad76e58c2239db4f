import { randomBytes } from 'node:crypto'
import { toSiteOrigin } from '../../core/tracking/index.ts'
import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { authorize } from '../access/authorize.ts'

/** What a site needs to send page views: its public key and the origins allowed to use it. */
export type TrackingSite = { readonly siteKey: string; readonly origins: readonly string[] }

/**
 * The workspace's public site key, made on first use. It only names the workspace for `/t.js`;
 * it grants nothing else, which is why it can sit in a page's HTML where an API key never may.
 */
export async function getTrackingSite(ctx: UseCaseContext): Promise<TrackingSite> {
  authorize(ctx, 'tracking.manage')
  const tracking = ctx.store.tracking
  const siteKey =
    (await tracking.findSiteKey()) ??
    (await tracking.saveSiteKey(`site_${randomBytes(12).toString('base64url')}`))
  return { siteKey, origins: await tracking.listOrigins() }
}

/** Allows a site origin (e.g. https://www.acme.com) to send page views; adding it twice is a no-op. */
export async function addTrackingOrigin(
  ctx: UseCaseContext,
  raw: string,
): Promise<{ readonly origin: string; readonly added: boolean }> {
  authorize(ctx, 'tracking.manage')
  const origin = toSiteOrigin(raw)
  return { origin, added: await ctx.store.tracking.addOrigin(origin) }
}

/** Stops an origin from sending page views; `track.origin_not_found` when it was not listed. */
export async function removeTrackingOrigin(ctx: UseCaseContext, raw: string): Promise<string> {
  authorize(ctx, 'tracking.manage')
  const origin = toSiteOrigin(raw)
  if (!(await ctx.store.tracking.removeOrigin(origin)))
    throw new AppError(
      'track.origin_not_found',
      `${origin} is not an allowed origin — see the list with baton track origins list.`,
      { details: { origin } },
    )
  return origin
}

/** True when page views from the browser origin `origin` (the Origin header) are accepted. */
export async function isTrackingOriginAllowed(
  ctx: UseCaseContext,
  origin: string | undefined,
): Promise<boolean> {
  if (origin === undefined || origin === 'null') return false
  return (await ctx.store.tracking.listOrigins()).includes(origin.toLowerCase())
}
