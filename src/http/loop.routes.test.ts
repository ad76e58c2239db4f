import { expect, it } from 'vitest'
import { issueApiKey } from '../app/access/api-keys.ts'
import { addUser } from '../app/access/users.ts'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'
import { scoringContext } from '../../test/scoring-fixture.ts'

describeEachBackend('meeting, referral, review, nurture and webhook endpoints', (db) => {
  async function setUp() {
    const { apiKey, store } = await db().workspace()
    const { ctx } = await scoringContext(store)
    await addUser(ctx, { email: 'ben@acme.com', name: 'Ben BDR', role: 'sdr' })
    const api = httpClient(db().storage, apiKey)
    const salesKey = await issueApiKey(db().storage.apiKeys, store.workspaceId, {
      name: 'sales',
      role: 'sales',
    })
    const sales = httpClient(db().storage, salesKey.key)
    const mql = async (email: string, extra: Record<string, unknown> = {}) => {
      const created = await api.post('/v1/people', { email, ...extra })
      expect(created.status).toBe(201)
      const id = created.body.id as string
      expect((await api.post(`/v1/people/${id}/stage`, { toStage: 'mql' })).status).toBe(201)
      return id
    }
    return { api, sales, mql }
  }

  it('books a meeting, records it held once, and names a meeting the person does not have', async () => {
    const { api, mql } = await setUp()
    const id = await mql('ana@acme.com')
    const booked = await api.post(`/v1/people/${id}/meetings`, {
      action: 'book',
      scheduledAt: '2026-11-25T15:00:00Z',
      note: 'demo',
    })
    expect(booked.status).toBe(201)
    expect(booked.body).toMatchObject({
      personId: id,
      status: 'booked',
      note: 'demo',
      scheduledAt: '2026-11-25T15:00:00.000Z',
    })
    const held = { action: 'held', meetingId: booked.body.id }
    const first = await api.post(`/v1/people/${id}/meetings`, held)
    expect([first.status, first.body.status]).toEqual([200, 'held'])
    const again = await api.post(`/v1/people/${id}/meetings`, held)
    expect([again.status, again.body.error.code]).toEqual([409, 'meeting.already_recorded'])
    const other = await api.post(`/v1/people/${id}/meetings`, {
      action: 'no_show',
      meetingId: '00000000-0000-4000-8000-000000000000',
    })
    expect([other.status, other.body.error.code]).toEqual([404, 'meeting.not_found'])
    const bad = await api.post(`/v1/people/${id}/meetings`, { action: 'book' })
    expect([bad.status, bad.body.error.code]).toEqual([400, 'request.invalid'])
  })

  it('links a referral to the original source, once created and then as known', async () => {
    const { api, mql } = await setUp()
    const id = await mql('ana@acme.com', { source: 'webinar', companyName: 'Acme' })
    const referral = { email: 'cfo@acme.com', firstName: 'Cai', title: 'CFO' }
    const created = await api.post(`/v1/people/${id}/referrals`, referral)
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      referredBy: id,
      originalSource: 'webinar',
      created: true,
      person: { email: 'cfo@acme.com', firstName: 'Cai', stage: 'inquiry', companyName: 'Acme' },
    })
    const known = await api.post(`/v1/people/${id}/referrals`, referral)
    expect([known.status, known.body.created]).toEqual([200, false])
    const bad = await api.post(`/v1/people/${id}/referrals`, { email: 'not an email' })
    expect([bad.status, bad.body.error.code]).toEqual([400, 'request.invalid'])
  })

  it('lists a disqualified meeting for review, resolves it once, and only for an admin', async () => {
    const { api, sales, mql } = await setUp()
    const id = await mql('bo@acme.com')
    await api.post(`/v1/people/${id}/meetings`, {
      action: 'book',
      scheduledAt: '2026-11-25T15:00:00Z',
    })
    const out = await api.post(`/v1/people/${id}/disposition`, {
      outcome: 'disqualified',
      reasonCode: 'no_need',
    })
    expect(out.body.review).toMatchObject({ kind: 'meeting', status: 'open' })
    const list = await api.get('/v1/reviews?limit=10')
    expect(list.status).toBe(200)
    expect(list.body.items).toMatchObject([
      { id: out.body.review.id, personId: id, toStage: 'disqualified', reasonCode: 'no_need' },
    ])
    const path = `/v1/reviews/${out.body.review.id}/resolve`
    const denied = await sales.post(path, { resolution: 'upheld' })
    expect([denied.status, denied.body.error.code]).toEqual([403, 'auth.forbidden'])
    const resolved = await api.post(path, { resolution: 'upheld', note: 'no budget' })
    expect(resolved.status).toBe(200)
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolution: 'upheld',
      resolutionNote: 'no budget',
    })
    const twice = await api.post(path, { resolution: 'reopened' })
    expect([twice.status, twice.body.error.code]).toEqual([409, 'review.already_resolved'])
    expect((await api.get('/v1/reviews')).body.items).toEqual([])
    const missing = await api.post('/v1/reviews/00000000-0000-4000-8000-000000000000/resolve', {
      resolution: 'upheld',
    })
    expect([missing.status, missing.body.error.code]).toEqual([404, 'review.not_found'])
  })

  it('lists nurture enrolments with their next touch, by status', async () => {
    const { api, mql } = await setUp()
    const id = await mql('cy@acme.com')
    await api.post(`/v1/people/${id}/reject`, { reasonCode: 'unreachable' })
    const active = await api.get('/v1/nurture?status=active')
    expect(active.status).toBe(200)
    expect(active.body.items).toMatchObject([
      {
        personId: id,
        program: 'Recycled leads',
        status: 'active',
        step: 0,
        nextTouchAt: '2026-12-23T15:00:00.000Z',
        reason: 'entered nurture: unreachable',
      },
    ])
    expect((await api.get('/v1/nurture?status=exited')).body.items).toEqual([])
    expect((await api.get('/v1/nurture?status=gone')).status).toBe(400)
  })

  it('adds and lists webhooks without their secrets, for admins only', async () => {
    const { api, sales } = await setUp()
    const hook = {
      name: 'crm',
      url: 'https://hooks.example.com/baton',
      secret: 'a-long-signing-secret-0123',
      topics: ['sla.reminder'],
      format: 'slack',
    }
    const added = await api.post('/v1/webhooks', hook)
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({ name: 'crm', format: 'slack', maxAttempts: 8, active: true })
    expect(added.body.secret).toBeUndefined()
    const taken = await api.post('/v1/webhooks', hook)
    expect([taken.status, taken.body.error.code]).toEqual([409, 'webhook.name_taken'])
    const short = await api.post('/v1/webhooks', { ...hook, name: 'other', secret: 'short' })
    expect([short.status, short.body.error.details]).toEqual([400, { field: 'secret' }])
    const list = await api.get('/v1/webhooks')
    expect(list.body.items).toMatchObject([{ name: 'crm', topics: ['sla.reminder'] }])
    expect(JSON.stringify(list.body)).not.toContain(hook.secret)
    const off = await api.send('DELETE', '/v1/webhooks/crm')
    expect(off.status).toBe(204)
    expect((await api.get('/v1/webhooks')).body.items).toMatchObject([
      { name: 'crm', active: false },
    ])
    const none = await api.send('DELETE', '/v1/webhooks/nothing')
    expect([none.status, none.body.error.code]).toEqual([404, 'webhook.not_found'])
    expect((await sales.send('DELETE', '/v1/webhooks/crm')).status).toBe(403)
    expect((await sales.get('/v1/webhooks')).status).toBe(403)
    expect((await sales.get('/v1/outbox')).status).toBe(403)
  })

  it('documents every hand-off route in /openapi.json', async () => {
    const { api } = await setUp()
    const paths = Object.keys((await api.get('/openapi.json')).body.paths)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/v1/people/{id}/accept',
        '/v1/people/{id}/reject',
        '/v1/people/{id}/disposition',
        '/v1/people/{id}/meetings',
        '/v1/people/{id}/referrals',
        '/v1/queue',
        '/v1/reviews',
        '/v1/reviews/{id}/resolve',
        '/v1/nurture',
        '/v1/webhooks',
      ]),
    )
  })
})
