import { describe, expect, it } from 'vitest'
import type { Storage } from '../app/ports.ts'
import { AppError } from '../core/shared/index.ts'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'
import { openServer } from '../db/open-database.ts'
import { createStorage } from '../db/storage.ts'
import { maxBodyBytes } from './create-http-app.ts'

const missingId = '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a'

describeEachBackend('HTTP errors', (db) => {
  async function signedIn() {
    const { apiKey } = await db().workspace()
    return httpClient(db().storage, apiKey)
  }

  it('answers /health and /openapi.json without a key, with a request id', async () => {
    const api = httpClient(db().storage)
    const health = await api.get('/health')
    expect(health).toMatchObject({
      status: 200,
      body: { status: 'ok', database: db().opened.kind },
    })
    expect(health.headers.get('x-request-id')).toMatch(/\S+/)
    const doc = await api.get('/openapi.json')
    expect(doc.status).toBe(200)
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/v1/people',
        '/v1/people/{id}',
        '/v1/people/{id}/stage',
        '/v1/accounts/{id}/stage-events',
        '/v1/opportunities',
        '/v1/stage-events',
      ]),
    )
    expect(doc.body.components.securitySchemes.apiKey).toEqual({ type: 'http', scheme: 'bearer' })
  })

  it.each([
    ['no Authorization header', undefined, 'auth.missing_key'],
    ['a malformed key', 'not-a-key', 'auth.invalid_key'],
    ['a well-formed key nobody issued', `bk_abcdefabcdef_${'x'.repeat(43)}`, 'auth.invalid_key'],
  ])('refuses /v1 with %s (401)', async (_case, key, code) => {
    const reply = await httpClient(db().storage, key).get('/v1/people')
    expect(reply).toMatchObject({ status: 401, body: { error: { code } } })
  })

  it('refuses a key whose secret part is wrong', async () => {
    const { apiKey } = await db().workspace()
    const tampered = apiKey.slice(0, -1) + (apiKey.endsWith('A') ? 'B' : 'A')
    expect((await httpClient(db().storage, tampered).get('/v1/people')).status).toBe(401)
  })

  it.each([
    ['malformed JSON', 'POST', '/v1/people', '{"email":'],
    ['a wrong type', 'POST', '/v1/people', { email: 42 }],
    ['an unknown field', 'POST', '/v1/people', { email: 'a@b.com', favouriteColour: 'red' }],
    ['an invalid email', 'POST', '/v1/people', { email: 'not-an-email' }],
    ['a non-UUID account id', 'POST', '/v1/people', { email: 'a@b.com', accountId: '42' }],
    [
      'an account id from nowhere',
      'POST',
      '/v1/people',
      { email: 'a@b.com', accountId: missingId },
    ],
    ['an array body', 'POST', '/v1/people', [1, 2]],
    ['an account without a name', 'POST', '/v1/accounts', { domain: 'acme.com' }],
    ['an invalid domain', 'POST', '/v1/accounts', { name: 'Acme', domain: 'acme' }],
    [
      'a lower-case currency',
      'POST',
      '/v1/opportunities',
      { name: 'D', stage: 'New', currency: 'usd' },
    ],
    [
      'a negative amount',
      'POST',
      '/v1/opportunities',
      { name: 'D', stage: 'New', amountCents: -1 },
    ],
    [
      'an impossible date',
      'POST',
      '/v1/opportunities',
      { name: 'D', stage: 'New', expectedCloseOn: '2027-02-30' },
    ],
    [
      'a probability over 100',
      'POST',
      '/v1/opportunities',
      { name: 'D', stage: 'New', probabilityPct: 120 },
    ],
    ['a non-UUID path id', 'GET', '/v1/people/42', undefined],
    ['a zero page size', 'GET', '/v1/people?limit=0', undefined],
    ['a non-numeric page size', 'GET', '/v1/people?limit=many', undefined],
    ['an unknown query parameter', 'GET', '/v1/accounts?colour=red', undefined],
    ['a cursor Baton did not make', 'GET', '/v1/people?cursor=abc', undefined],
    ['a bad stage-event cursor', 'GET', '/v1/stage-events?cursor=x', undefined],
    ['an unknown status filter', 'GET', '/v1/opportunities?status=maybe', undefined],
  ])('answers 400 request.invalid for %s', async (_case, method, path, body) => {
    const api = await signedIn()
    const reply = await api.send(method, path, body)
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
    expect(reply.body.error.message).toMatch(/\w/)
    expect(reply.body.error.details).toBeTypeOf('object')
  })

  it('names each invalid field in the error details', async () => {
    const api = await signedIn()
    const reply = await api.post('/v1/people', { email: 42, extra: true })
    const fields = reply.body.error.details.issues.map((i: { field: string }) => i.field)
    expect(fields).toEqual(expect.arrayContaining(['email', 'extra']))
  })

  it('answers 413 request.too_large for an oversized body', async () => {
    const api = await signedIn()
    const reply = await api.post('/v1/people', { email: 'a@b.com', note: 'x'.repeat(maxBodyBytes) })
    expect(reply).toMatchObject({ status: 413, body: { error: { code: 'request.too_large' } } })
  })

  it.each([
    ['/v1/people', 'person.not_found'],
    ['/v1/accounts', 'account.not_found'],
    ['/v1/opportunities', 'opportunity.not_found'],
  ])('answers 404 for a missing row under %s', async (path, code) => {
    const api = await signedIn()
    expect(await api.get(`${path}/${missingId}`)).toMatchObject({
      status: 404,
      body: { error: { code } },
    })
    expect(await api.patch(`${path}/${missingId}`, {})).toMatchObject({
      status: 404,
      body: { error: { code } },
    })
    const stage = await api.post(`${path}/${missingId}/stage`, { toStage: 'mql' })
    expect(stage).toMatchObject({ status: 404, body: { error: { code } } })
    expect((await api.get(`${path}/${missingId}/stage-events`)).status).toBe(404)
  })

  it('answers 404 request.not_found for an unknown route', async () => {
    const reply = await (await signedIn()).get('/v1/nothing-here')
    expect(reply).toMatchObject({ status: 404, body: { error: { code: 'request.not_found' } } })
  })

  it('answers 409 for duplicates and no-op stage moves, 422 for unknown stages', async () => {
    const api = await signedIn()
    const { body: person } = await api.post('/v1/people', { email: 'dup@acme.com' })
    expect((await api.post('/v1/people', { email: 'DUP@acme.com' })).body.error.code).toBe(
      'person.email_taken',
    )
    const { body: other } = await api.post('/v1/people', { email: 'other@acme.com' })
    const patched = await api.patch(`/v1/people/${other.id}`, { email: 'dup@acme.com' })
    expect(patched).toMatchObject({ status: 409, body: { error: { code: 'person.email_taken' } } })
    await api.post('/v1/accounts', { name: 'Acme', domain: 'acme.com' })
    const dupAccount = await api.post('/v1/accounts', {
      name: 'Acme again',
      domain: 'https://acme.com',
    })
    expect(dupAccount).toMatchObject({
      status: 409,
      body: { error: { code: 'account.domain_taken' } },
    })
    const same = await api.post(`/v1/people/${person.id}/stage`, { toStage: 'inquiry' })
    expect(same).toMatchObject({
      status: 409,
      body: { error: { code: 'funnel.invalid_transition' } },
    })
    const unknown = await api.post(`/v1/people/${person.id}/stage`, { toStage: 'hot' })
    expect(unknown).toMatchObject({
      status: 422,
      body: { error: { code: 'funnel.invalid_stage' } },
    })
    expect((await api.post('/v1/people', { email: 'x@acme.com', stage: 'hot' })).status).toBe(422)
    expect((await api.get('/v1/people')).body.items).toHaveLength(2)
  })

  it('answers 503 store.unavailable from /health when the database does not answer', async () => {
    const down: Storage = {
      ...db().storage,
      ping: () =>
        Promise.reject(new AppError('store.unavailable', 'The database is not answering.')),
    }
    const reply = await httpClient(down).get('/health')
    expect(reply).toMatchObject({ status: 503, body: { error: { code: 'store.unavailable' } } })
  })

  it('answers 500 internal without leaking the cause when something unexpected breaks', async () => {
    const { apiKey } = await db().workspace()
    const storage = db().storage
    const broken: Storage = {
      ...storage,
      forWorkspace: (id) => ({
        ...storage.forWorkspace(id),
        people: {
          ...storage.forWorkspace(id).people,
          list: () => Promise.reject(new Error('secret stack detail')),
        },
      }),
    }
    const reply = await httpClient(broken, apiKey).get('/v1/people')
    expect(reply).toMatchObject({ status: 500, body: { error: { code: 'internal' } } })
    expect(JSON.stringify(reply.body)).not.toContain('secret stack detail')
  })
})

describe('HTTP errors when the database server is down', () => {
  it('answers 503 store.unavailable in the error shape', async () => {
    const storage = createStorage(openServer('postgres://baton@127.0.0.1:1/nowhere'))
    const reply = await httpClient(storage).get('/health')
    expect(reply).toMatchObject({ status: 503, body: { error: { code: 'store.unavailable' } } })
    await storage.close()
  })
})
