import pino from 'pino'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import { createHttpApp } from './create-http-app.ts'

describeEachBackend('per-API-key rate limiting on /v1', (db) => {
  async function limited(limit: { capacity: number; perMinute: number }) {
    const { apiKey } = await db().workspace()
    const clock = fixedClock()
    const app = createHttpApp({
      storage: db().storage,
      clock,
      logger: pino({ level: 'silent' }),
      version: 'test',
      apiRateLimit: limit,
    })
    const get = async (path: string, key = apiKey) => {
      const response = await app.request(path, {
        headers: key === '' ? {} : { authorization: `Bearer ${key}` },
      })
      return { status: response.status, headers: response.headers, body: await response.json() }
    }
    return { get, clock, apiKey, app }
  }

  it('answers 429 with Retry-After and the error shape once a key spends its burst, then refills', async () => {
    const { get, clock } = await limited({ capacity: 3, perMinute: 6 })
    const statuses = []
    for (let i = 0; i < 3; i += 1) statuses.push((await get('/v1/people')).status)
    expect(statuses).toEqual([200, 200, 200])
    const refused = await get('/v1/people')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('10')
    expect(refused.body).toEqual({
      error: {
        code: 'request.rate_limited',
        message: expect.stringContaining('retry after 10 s'),
        details: { retryAfterSeconds: 10, capacity: 3, perMinute: 6 },
      },
    })
    clock.advance(10_000)
    const again = await get('/v1/people')
    expect(again.status).toBe(200)
    expect(again.headers.get('ratelimit-limit')).toBe('3')
    expect(again.headers.get('ratelimit-remaining')).toBe('0')
  })

  it('counts each key on its own and leaves the public paths alone', async () => {
    const { get } = await limited({ capacity: 1, perMinute: 1 })
    const other = await db().workspace()
    expect((await get('/v1/people')).status).toBe(200)
    expect((await get('/v1/people')).status).toBe(429)
    expect((await get('/v1/people', other.apiKey)).status).toBe(200)
    for (let i = 0; i < 3; i += 1) expect((await get('/health', '')).status).toBe(200)
  })

  it('checks the key first: a request without one is a 401, not a 429', async () => {
    const { get } = await limited({ capacity: 1, perMinute: 1 })
    expect((await get('/v1/people')).status).toBe(200)
    expect(await get('/v1/people', '')).toMatchObject({
      status: 401,
      body: { error: { code: 'auth.missing_key' } },
    })
  })

  it('turns off with a rate of 0', async () => {
    const { get } = await limited({ capacity: 1, perMinute: 0 })
    for (let i = 0; i < 5; i += 1) expect((await get('/v1/people')).status).toBe(200)
  })

  it('documents the 429 on every keyed route of /openapi.json, and on no public one', async () => {
    const { get } = await limited({ capacity: 100, perMinute: 100 })
    const doc = (await get('/openapi.json', '')).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
    }
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        path,
        method,
        codes: Object.keys(op.responses),
      })),
    )
    const keyed = operations.filter((op) => op.codes.includes('401'))
    expect(keyed.length).toBeGreaterThan(50)
    expect(keyed.filter((op) => !op.codes.includes('429'))).toEqual([])
    expect(operations.find((op) => op.path === '/health')?.codes).not.toContain('429')
  })
})
