import { z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { UseCaseContext } from '../app/context.ts'
import type { Clock, Storage } from '../app/ports.ts'
import { withRealTimeScoring } from '../app/scoring/with-real-time-scoring.ts'
import { recordPageView } from '../app/tracking/record-page-view.ts'
import { isTrackingOriginAllowed } from '../app/tracking/site-settings.ts'
import { AppError } from '../core/shared/index.ts'
import { toIpAddress, trackingRefusal } from '../core/tracking/index.ts'
import type { HttpEnv } from './http-env.ts'
import { trackerScript } from './tracker-script.ts'
import { createRateLimiter } from './rate-limiter.ts'
import { defaultTrackRateLimits, type TrackRateLimits } from './track-rate-limiter.ts'

/** Largest page-view body accepted, in bytes: one URL, referrer and title. */
export const maxTrackBodyBytes = 8 * 1024

export const PageViewBody = z
  .strictObject({
    visitorId: z.string().max(64),
    url: z.string().max(2100),
    referrer: z.string().max(2100).nullable().optional(),
    title: z.string().max(1000).nullable().optional(),
    companyDomain: z.string().max(300).nullable().optional(),
  })
  .openapi('PageView')

type TrackDeps = {
  readonly storage: Storage
  readonly clock: Clock
  readonly trackRateLimits?: TrackRateLimits | undefined
}

// Behind a proxy the caller is the first X-Forwarded-For hop; otherwise the socket's peer.
function callerIp(c: Context<HttpEnv>): string | null {
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming
  const raw = forwarded ?? incoming?.socket?.remoteAddress?.replace(/^::ffff:/, '')
  return raw === undefined ? null : (toIpAddress(raw)?.text ?? null)
}

async function siteContext(c: Context<HttpEnv>, deps: TrackDeps): Promise<UseCaseContext> {
  const site = c.req.query('site') ?? ''
  const workspaceId = site === '' ? undefined : await deps.storage.sites.findWorkspace(site)
  if (workspaceId === undefined)
    throw new AppError(
      'track.unknown_site',
      'No workspace has this site key; copy the script tag from baton track snippet.',
    )
  const store = deps.storage.forWorkspace(workspaceId)
  return withRealTimeScoring({
    store,
    clock: deps.clock,
    actor: 'tracker',
    role: 'marketing' as const,
  })
}

// Only origins the workspace listed may send page views (and read the answer).
async function allowOrigin(c: Context<HttpEnv>, ctx: UseCaseContext): Promise<void> {
  const origin = c.req.header('origin')
  if (!(await isTrackingOriginAllowed(ctx, origin)))
    throw new AppError(
      'track.origin_denied',
      `Page views from ${origin ?? 'a page without an Origin'} are not allowed; add the site with baton track origins add <origin>.`,
      { details: { origin: origin ?? null } },
    )
  c.header('Access-Control-Allow-Origin', origin)
  c.header('Vary', 'Origin')
}

function readBody(text: string): z.output<typeof PageViewBody> {
  if (text.length > maxTrackBodyBytes)
    throw new AppError('request.too_large', `A page view is at most ${maxTrackBodyBytes} bytes.`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new AppError('request.invalid', 'The page view is not valid JSON.')
  }
  const parsed = PageViewBody.safeParse(json)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      field: i.path.join('.') || '(whole)',
      message: i.message,
    }))
    const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ')
    throw new AppError('request.invalid', `The page view is invalid: ${summary}.`, {
      details: { issues },
    })
  }
  return parsed.data
}

/**
 * The public side of tracking: GET /t.js (the script) and POST /v1/track (page views, no API key;
 * the site key in the query names the workspace). Registered before API-key authentication.
 */
export function trackRoutes(app: OpenAPIHono<HttpEnv>, deps: TrackDeps): void {
  const limits = deps.trackRateLimits ?? defaultTrackRateLimits
  const limiter = createRateLimiter()
  const limit = (c: Context<HttpEnv>, key: string, policy: TrackRateLimits['perIp']) => {
    const taken = limiter.take(key, deps.clock.now().getTime(), policy)
    if (taken.allowed) return
    c.header('Retry-After', String(taken.retryAfterSeconds))
    throw new AppError('track.rate_limited', 'Too many page views; slow down and retry.', {
      details: { retryAfterSeconds: taken.retryAfterSeconds },
    })
  }
  app.get('/t.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8')
    c.header('Cache-Control', 'public, max-age=3600')
    return c.body(trackerScript)
  })
  app.options('/v1/track', async (c) => {
    await allowOrigin(c, await siteContext(c, deps))
    c.header('Access-Control-Allow-Methods', 'POST')
    c.header('Access-Control-Allow-Headers', 'content-type')
    c.header('Access-Control-Max-Age', '600')
    return c.body(null, 204)
  })
  app.post('/v1/track', async (c) => {
    const ctx = await siteContext(c, deps)
    await allowOrigin(c, ctx)
    const refusal = trackingRefusal({ dnt: c.req.header('dnt'), secGpc: c.req.header('sec-gpc') })
    if (refusal !== null) return c.json({ recorded: false, reason: refusal }, 202)
    const ip = callerIp(c)
    const site = c.req.query('site') ?? ''
    if (ip !== null) limit(c, `ip:${site}:${ip}`, limits.perIp)
    const body = readBody(await c.req.text())
    limit(c, `visitor:${site}:${body.visitorId}`, limits.perVisitor)
    const view = await recordPageView(ctx, { ...body, ip })
    return c.json({ recorded: view.recorded }, 202)
  })
}
