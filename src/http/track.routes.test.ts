import pino from 'pino'
import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import { handRaiserDocument, scoringContext } from '../../test/scoring-fixture.ts'
import { addScoreModel, publishScoreModel } from '../app/scoring/score-models.ts'
import { createHttpApp } from './create-http-app.ts'

const site = 'https://www.acme.com'
const visitorId = 'v0123456789abcdef0123'

describeEachBackend('tracking: /t.js and POST /v1/track', (db) => {
  async function setUp(options: { scoring?: boolean; perVisitor?: number } = {}) {
    const { store, apiKey } = await db().workspace()
    if (options.scoring === true) {
      const { ctx } = await scoringContext(store)
      await publishScoreModel(ctx, (await addScoreModel(ctx, handRaiserDocument())).version)
    }
    const clock = fixedClock()
    const app = createHttpApp({
      storage: db().storage,
      clock,
      logger: pino({ level: 'silent' }),
      version: 'test',
      trackRateLimits: {
        perVisitor: { capacity: options.perVisitor ?? 100, perMinute: 6 },
        perIp: { capacity: 1000, perMinute: 1000 },
      },
    })
    const send = async (method: string, path: string, body?: unknown, headers = {}) => {
      const response = await app.request(path, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      })
      const text = await response.text()
      return {
        status: response.status,
        headers: response.headers,
        text,
        body: text.startsWith('{') ? JSON.parse(text) : undefined,
      }
    }
    const admin = (method: string, path: string, body?: unknown) =>
      send(method, path, body, { authorization: `Bearer ${apiKey}` })
    const siteBody = (await admin('POST', '/v1/track/origins', { origin: site })).body
    const track = (body: unknown, headers: Record<string, string> = {}) =>
      send('POST', `/v1/track?site=${siteBody.siteKey}`, body, {
        origin: site,
        'content-type': 'text/plain',
        ...headers,
      })
    const rows = async () =>
      (
        await sql<{
          person_id: string | null
          visitor_id: string
          account_id: string | null
          url: string
        }>`
          SELECT person_id, visitor_id, account_id, properties->>'url' AS url FROM activity
          WHERE workspace_id = ${store.workspaceId} AND visitor_id IS NOT NULL ORDER BY id`.execute(
          db().opened.db,
        )
      ).rows
    return {
      send,
      admin,
      track,
      rows,
      clock,
      siteKey: siteBody.siteKey as string,
      snippet: siteBody.snippet as string,
    }
  }
  const view = (path: string, extra: Record<string, unknown> = {}) => ({
    visitorId,
    url: `${site}${path}`,
    referrer: 'https://www.google.com/',
    title: 'Acme',
    ...extra,
  })

  it('serves the first-party script and a snippet that names the site key, never an API key', async () => {
    const { send, snippet, siteKey } = await setUp()
    const script = await send('GET', '/t.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toContain('javascript')
    expect(script.text).toContain('baton_vid')
    for (const signal of ['doNotTrack', 'globalPrivacyControl', 'batonOptOut', 'baton_optout'])
      expect(script.text).toContain(signal)
    expect(script.text).not.toMatch(/https?:\/\/(?!')/)
    expect(snippet).toBe(
      `<script async src="http://localhost/t.js" data-site="${siteKey}"></script>`,
    )
    expect(siteKey).toMatch(/^site_/)
  })

  it('answers a preflight from a listed origin and refuses any other origin or site key', async () => {
    const { send, siteKey } = await setUp()
    const allowed = await send('OPTIONS', `/v1/track?site=${siteKey}`, undefined, { origin: site })
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(site)
    expect(allowed.headers.get('access-control-allow-methods')).toBe('POST')
    const denied = await send('OPTIONS', `/v1/track?site=${siteKey}`, undefined, {
      origin: 'https://evil.example',
    })
    expect([denied.status, denied.body.error.code]).toEqual([403, 'track.origin_denied'])
    expect(denied.headers.get('access-control-allow-origin')).toBeNull()
    const noOrigin = await send('POST', `/v1/track?site=${siteKey}`, view('/'))
    expect([noOrigin.status, noOrigin.body.error.code]).toEqual([403, 'track.origin_denied'])
    const unknown = await send('OPTIONS', '/v1/track?site=site_nope', undefined, { origin: site })
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'track.unknown_site'])
  })

  it('stores an anonymous page view with its visitor id and no person, once per view', async () => {
    const { track, rows } = await setUp()
    const sent = await track(view('/pricing#plans'))
    expect([sent.status, sent.body]).toEqual([202, { recorded: true }])
    expect(sent.headers.get('access-control-allow-origin')).toBe(site)
    expect((await track(view('/pricing'))).body).toEqual({ recorded: false })
    expect(await rows()).toEqual([
      { person_id: null, visitor_id: visitorId, account_id: null, url: `${site}/pricing` },
    ])
  })

  it('honours Do-Not-Track and Global Privacy Control: nothing is stored', async () => {
    const { track, rows } = await setUp()
    expect((await track(view('/a'), { dnt: '1' })).body).toEqual({
      recorded: false,
      reason: 'do_not_track',
    })
    expect((await track(view('/b'), { 'sec-gpc': '1' })).body).toEqual({
      recorded: false,
      reason: 'global_privacy_control',
    })
    expect(await rows()).toEqual([])
  })

  it('limits page views per visitor and says when to retry', async () => {
    const { track, clock } = await setUp({ perVisitor: 2 })
    expect((await track(view('/1'))).status).toBe(202)
    expect((await track(view('/2'))).status).toBe(202)
    const limited = await track(view('/3'))
    expect([limited.status, limited.body.error.code]).toEqual([429, 'track.rate_limited'])
    expect(limited.headers.get('retry-after')).toBe('10')
    expect((await track({ ...view('/3'), visitorId: 'w0123456789abcdef0123' })).status).toBe(202)
    clock.advance(10_000)
    expect((await track(view('/3'))).status).toBe(202)
  })

  it.each([
    { why: 'not JSON', body: 'url=/pricing', code: 'request.invalid', status: 400 },
    {
      why: 'a bad visitor id',
      body: view('/', { visitorId: 'x' }),
      code: 'request.invalid',
      status: 400,
    },
    {
      why: 'a relative URL',
      body: view('/', { url: '/pricing' }),
      code: 'request.invalid',
      status: 400,
    },
    {
      why: 'an unknown field',
      body: view('/', { email: 'ana@acme.com' }),
      code: 'request.invalid',
      status: 400,
    },
    {
      why: 'a body over 8 KB',
      body: view('/', { title: 'x'.repeat(9000) }),
      code: 'request.too_large',
      status: 413,
    },
  ])('refuses $why with $code', async ({ body, code, status }) => {
    const { track, rows } = await setUp()
    const reply = await track(body)
    expect([reply.status, reply.body.error.code]).toEqual([status, code])
    expect(await rows()).toEqual([])
  })

  it('attributes page views to the account of the narrowest recorded IP range, else of a corporate domain', async () => {
    const { admin, track, rows } = await setUp()
    const wide = (await admin('POST', '/v1/accounts', { name: 'Acme Group' })).body
    const office = (
      await admin('POST', '/v1/accounts', { name: 'Acme Berlin', domain: 'acme-berlin.de' })
    ).body
    expect(
      (await admin('POST', `/v1/accounts/${wide.id}/ip-ranges`, { cidr: '203.0.0.0/16' })).status,
    ).toBe(201)
    const added = await admin('POST', `/v1/accounts/${office.id}/ip-ranges`, {
      cidr: '203.0.113.7/24',
    })
    expect(added.body).toMatchObject({ cidr: '203.0.113.0/24', accountId: office.id })
    const taken = await admin('POST', `/v1/accounts/${wide.id}/ip-ranges`, {
      cidr: '203.0.113.0/24',
    })
    expect([taken.status, taken.body.error.code]).toEqual([409, 'track.ip_range_taken'])
    const bad = await admin('POST', `/v1/accounts/${wide.id}/ip-ranges`, { cidr: '203.0.113/24' })
    expect([bad.status, bad.body.error.code]).toEqual([400, 'track.invalid_cidr'])
    await track(view('/office'), { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' })
    await track(view('/group'), { 'x-forwarded-for': '203.0.7.1' })
    await track(view('/domain', { companyDomain: 'www.acme-berlin.de' }), {
      'x-forwarded-for': '198.51.100.1',
    })
    await track(view('/nobody'), { 'x-forwarded-for': '198.51.100.1' })
    expect((await rows()).map((r) => [r.url.replace(site, ''), r.account_id])).toEqual([
      ['/office', office.id],
      ['/group', wide.id],
      ['/domain', office.id],
      ['/nobody', null],
    ])
    expect((await admin('GET', '/v1/track/ip-ranges')).body.items).toHaveLength(2)
    expect(
      (await admin('POST', '/v1/track/ip-ranges/remove', { cidr: '203.0.0.0/16' })).status,
    ).toBe(200)
    const gone = await admin('POST', '/v1/track/ip-ranges/remove', { cidr: '203.0.0.0/16' })
    expect([gone.status, gone.body.error.code]).toEqual([404, 'track.ip_range_not_found'])
  })

  it('stitches a visitor’s page views to the person an event names, scores them and shows them on the timeline', async () => {
    const { admin, track, rows } = await setUp({ scoring: true })
    const ana = (
      await admin('POST', '/v1/people', { email: 'ana@acme.com', title: 'VP Marketing' })
    ).body
    await track(view('/pricing'))
    await track(view('/pricing?plan=team'))
    await track(view('/features'))
    expect((await admin('GET', `/v1/people/${ana.id}`)).body.stage).toBe('inquiry')
    const events = [
      { email: 'ana@acme.com', type: 'contact_us', occurredAt: '2026-11-23T14:00:00Z', visitorId },
    ]
    expect((await admin('POST', '/v1/events', { events })).status).toBe(200)
    expect((await rows()).every((r) => r.person_id === ana.id)).toBe(true)
    const score = (await admin('GET', `/v1/people/${ana.id}/score`)).body
    const pages = score.contributions.filter(
      (c: { eventType?: string }) => c.eventType === 'page_visit',
    )
    expect(pages.map((c: { ruleId: string; points: number }) => [c.ruleId, c.points])).toEqual([
      ['pricing-page-url', 15],
      ['pricing-page-url', 15],
      ['page-visit', 2],
    ])
    // VP 15 + contact-us 50 an hour old (half-life 30 days: 50 * 2^(-1/720) = 49.95) + pricing
    // 15 + 15 (the 7-day cap is 30) + a plain visit 2, to the cent.
    expect(score.total).toBe(96.95)
    const person = (await admin('GET', `/v1/people/${ana.id}`)).body
    expect(person.stage).toBe('mql')
    const timeline = (await admin('GET', `/v1/people/${ana.id}/timeline`)).body.items
    expect(
      timeline.filter((e: { visitorId: string | null }) => e.visitorId === visitorId),
    ).toHaveLength(4)
    // Once identified, a new page view goes straight to the person.
    await track(view('/docs'))
    expect((await rows()).at(-1)).toMatchObject({ person_id: ana.id, url: `${site}/docs` })
  })

  it('stitches on a lead captured by a site form with the visitor id', async () => {
    const { admin, track, rows } = await setUp({ scoring: true })
    await track(view('/pricing'))
    const lead = await admin('POST', '/v1/leads', {
      leads: [{ email: 'bo@globex.com', firstName: 'Bo', visitorId }],
    })
    const personId = lead.body.results[0].personId
    expect((await rows()).map((r) => r.person_id)).toEqual([personId])
    const score = (await admin('GET', `/v1/people/${personId}/score`)).body
    expect(score.contributions.map((c: { ruleId: string }) => c.ruleId)).toContain(
      'pricing-page-url',
    )
  })

  it('keeps the list of origins: adds once, refuses a bad one, removes a listed one', async () => {
    const { admin } = await setUp()
    const again = await admin('POST', '/v1/track/origins', { origin: 'HTTPS://WWW.ACME.COM/' })
    expect(again.body.origins).toEqual([site])
    const bad = await admin('POST', '/v1/track/origins', { origin: 'acme.com/pricing' })
    expect([bad.status, bad.body.error.code]).toEqual([400, 'track.invalid_origin'])
    expect(
      (await admin('POST', '/v1/track/origins/remove', { origin: site })).body.origins,
    ).toEqual([])
    const missing = await admin('POST', '/v1/track/origins/remove', { origin: site })
    expect([missing.status, missing.body.error.code]).toEqual([404, 'track.origin_not_found'])
  })
})
