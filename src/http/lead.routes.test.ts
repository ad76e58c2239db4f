import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('POST /v1/leads', (db) => {
  async function signedIn() {
    const { apiKey } = await db().workspace()
    return httpClient(db().storage, apiKey)
  }

  it('takes a batch in with one outcome per lead, folding repeats into one person', async () => {
    const api = await signedIn()
    const reply = await api.post('/v1/leads', {
      leads: [
        {
          email: 'ana@acme.com',
          fullName: 'Ana Ruiz',
          company: 'Acme',
          properties: { campaign: 'q4' },
        },
        { email: 'ANA+webinar@acme.com', title: 'VP Marketing' },
        { email: 'nobody', company: 'N/A' },
        { externalId: 'crm-7', phone: '+44 20 7946 0958', occurredAt: '2026-01-02T03:04:05Z' },
      ],
    })
    expect(reply.status).toBe(200)
    expect(reply.body.summary).toEqual({
      read: 4,
      created: 2,
      updated: 1,
      merged: 0,
      rejected: 1,
      rejectedByReason: { no_usable_contact: 1 },
      notedByReason: {},
    })
    expect(reply.body.results.map((r: { kind: string }) => r.kind)).toEqual([
      'created',
      'updated',
      'rejected',
      'created',
    ])
    expect(reply.body.results[2]).toMatchObject({ index: 2, reason: 'no_usable_contact' })
    expect((await api.get('/v1/people')).body.items).toHaveLength(2)
  })

  it('answers a retried request with the first reply and writes nothing new', async () => {
    const api = await signedIn()
    const body = { leads: [{ email: 'bo@globex.com' }] }
    const first = await api.post('/v1/leads', body, { 'idempotency-key': 'batch-1' })
    const retry = await api.post('/v1/leads', body, { 'idempotency-key': 'batch-1' })
    expect(retry.body).toEqual(first.body)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    const again = await api.post('/v1/leads', body)
    expect(again.body.summary.merged).toBe(1)
    const conflict = await api.post(
      '/v1/leads',
      { leads: [{ email: 'other@globex.com' }] },
      { 'idempotency-key': 'batch-1' },
    )
    expect(conflict).toMatchObject({
      status: 409,
      body: { error: { code: 'request.idempotency_conflict' } },
    })
    expect((await api.get('/v1/people')).body.items).toHaveLength(1)
  })

  it.each([
    ['an empty batch', { leads: [] }],
    [
      'a batch over 1,000',
      { leads: Array.from({ length: 1001 }, (_, i) => ({ email: `p${i}@acme.com` })) },
    ],
    ['an unknown field', { leads: [{ email: 'a@b.com', shoeSize: 9 }] }],
    ['a bare lead without the leads array', { email: 'a@b.com' }],
    ['a non-string property value', { leads: [{ email: 'a@b.com', properties: { visits: 3 } }] }],
  ])('refuses %s with 400', async (_case, body) => {
    const reply = await (await signedIn()).post('/v1/leads', body)
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
  })

  it("keeps one workspace's idempotency keys and people from another's", async () => {
    const a = await signedIn()
    const b = await signedIn()
    await a.post(
      '/v1/leads',
      { leads: [{ email: 'cy@initech.com' }] },
      { 'idempotency-key': 'shared-key' },
    )
    const reply = await b.post(
      '/v1/leads',
      { leads: [{ email: 'dee@initech.com' }] },
      { 'idempotency-key': 'shared-key' },
    )
    expect(reply.body.summary.created).toBe(1)
    expect((await b.get('/v1/people')).body.items.map((p: { email: string }) => p.email)).toEqual([
      'dee@initech.com',
    ])
  })
})
