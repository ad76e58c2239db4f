import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
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
import type { AccountId, PersonId } from '../core/shared/index.ts'
import { trackingSnippet } from '../core/tracking/index.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const tags = ['Tracking']
const Site = z
  .object({ siteKey: z.string(), origins: z.array(z.string()), snippet: z.string() })
  .openapi('TrackingSite')
const IpRange = z
  .object({ cidr: z.string(), accountId: z.string(), createdAt: z.string() })
  .openapi('AccountIpRange')
const TimelineEntry = z
  .object({
    id: z.string(),
    type: z.string(),
    occurredAt: z.string(),
    visitorId: z.string().nullable(),
    accountId: z.string().nullable(),
    properties: z.record(z.string(), z.unknown()),
  })
  .openapi('TimelineEntry')
const OriginBody = z.strictObject({ origin: z.string().max(300) })
const CidrBody = z.strictObject({ cidr: z.string().max(60) })

const route = <R extends Parameters<typeof createRoute>[0]>(r: R) => createRoute({ ...r, tags })
const routes = {
  site: route({
    method: 'get',
    path: '/v1/track/site',
    summary: 'The public site key, allowed origins and the script tag to paste into the site',
    responses: { 200: jsonResponse(Site, 'The site'), ...errorResponses(401) },
  }),
  addOrigin: route({
    method: 'post',
    path: '/v1/track/origins',
    summary: 'Allow a site origin (https://www.acme.com) to send page views',
    request: { body: jsonBody(OriginBody) },
    responses: { 200: jsonResponse(Site, 'The site'), ...errorResponses(400, 401) },
  }),
  removeOrigin: route({
    method: 'post',
    path: '/v1/track/origins/remove',
    summary: 'Stop a site origin from sending page views',
    request: { body: jsonBody(OriginBody) },
    responses: { 200: jsonResponse(Site, 'The site'), ...errorResponses(400, 401, 404) },
  }),
  listRanges: route({
    method: 'get',
    path: '/v1/track/ip-ranges',
    summary: 'IP ranges recorded on accounts; page views from them count for the account',
    responses: {
      200: jsonResponse(z.object({ items: z.array(IpRange) }), 'The ranges'),
      ...errorResponses(401),
    },
  }),
  addRange: route({
    method: 'post',
    path: '/v1/accounts/{id}/ip-ranges',
    summary: 'Record an IP range (CIDR) the account browses from',
    request: { params: IdParam, body: jsonBody(CidrBody) },
    responses: { 201: jsonResponse(IpRange, 'Recorded'), ...errorResponses(400, 401, 404, 409) },
  }),
  removeRange: route({
    method: 'post',
    path: '/v1/track/ip-ranges/remove',
    summary: 'Forget an IP range',
    request: { body: jsonBody(CidrBody) },
    responses: {
      200: jsonResponse(z.object({ cidr: z.string() }), 'Forgotten'),
      ...errorResponses(400, 401, 404),
    },
  }),
  timeline: route({
    method: 'get',
    path: '/v1/people/{id}/timeline',
    summary: "A person's activities newest first, tracked page views included",
    request: { params: IdParam },
    responses: {
      200: jsonResponse(z.object({ items: z.array(TimelineEntry) }), 'The timeline'),
      ...errorResponses(400, 401, 404),
    },
  }),
}

const iso = <T extends { createdAt: Date }>(r: T) => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
})

/** Tracking settings behind an API key: site key and origins, account IP ranges, timelines. */
export function trackAdminRoutes(app: OpenAPIHono<HttpEnv>): void {
  const site = async (ctx: HttpEnv['Variables']['ctx'], base: string) => {
    const found = await getTrackingSite(ctx)
    return { ...found, origins: [...found.origins], snippet: trackingSnippet(base, found.siteKey) }
  }
  app.openapi(routes.site, async (c) =>
    c.json(await site(c.var.ctx, new URL(c.req.url).origin), 200),
  )
  app.openapi(routes.addOrigin, async (c) => {
    await addTrackingOrigin(c.var.ctx, c.req.valid('json').origin)
    return c.json(await site(c.var.ctx, new URL(c.req.url).origin), 200)
  })
  app.openapi(routes.removeOrigin, async (c) => {
    await removeTrackingOrigin(c.var.ctx, c.req.valid('json').origin)
    return c.json(await site(c.var.ctx, new URL(c.req.url).origin), 200)
  })
  app.openapi(routes.listRanges, async (c) =>
    c.json({ items: (await listAccountIpRanges(c.var.ctx)).map(iso) }, 200),
  )
  app.openapi(routes.addRange, async (c) => {
    const id = c.req.valid('param').id as AccountId
    return c.json(iso(await addAccountIpRange(c.var.ctx, id, c.req.valid('json').cidr)), 201)
  })
  app.openapi(routes.removeRange, async (c) =>
    c.json({ cidr: await removeAccountIpRange(c.var.ctx, c.req.valid('json').cidr) }, 200),
  )
  app.openapi(routes.timeline, async (c) => {
    const entries = await personTimeline(c.var.ctx, c.req.valid('param').id as PersonId)
    const items = entries.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() }))
    return c.json({ items }, 200)
  })
}
