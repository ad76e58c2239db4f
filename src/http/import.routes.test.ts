import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('import endpoints', (db) => {
  async function signedIn() {
    const { apiKey } = await db().workspace()
    return httpClient(db().storage, apiKey)
  }

  it('POST /v1/accounts/batch upserts accounts with one outcome each, and replays a retry', async () => {
    const api = await signedIn()
    const body = {
      accounts: [
        { name: 'Bluth Company', parentName: 'Acme Corporation', employeeCount: '1,000' },
        { name: 'Acme Corporation', country: 'United States', properties: { year: '1996' } },
        { name: '' },
      ],
    }
    const first = await api.post('/v1/accounts/batch', body, { 'idempotency-key': 'acc-1' })
    expect(first.status).toBe(200)
    expect(first.body.summary).toEqual({
      read: 3,
      created: 1,
      updated: 1,
      merged: 0,
      rejected: 1,
      rejectedByReason: { 'account.missing_name': 1 },
      notedByReason: {},
    })
    expect(first.body.results[2]).toMatchObject({ index: 2, kind: 'rejected' })
    const retry = await api.post('/v1/accounts/batch', body, { 'idempotency-key': 'acc-1' })
    expect(retry.body).toEqual(first.body)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    const again = await api.post('/v1/accounts/batch', body)
    expect(again.body.summary).toMatchObject({ created: 0, updated: 0, merged: 2 })
    expect((await api.get('/v1/accounts')).body.items).toHaveLength(2)
  })

  it('POST /v1/events records events for known people and rejects the rest by index', async () => {
    const api = await signedIn()
    await api.post('/v1/people', { email: 'ana@acme.com' })
    const body = {
      channel: 'import:web.csv',
      events: [
        { email: 'ana@acme.com', type: 'Page View', occurredAt: '2026-01-05T10:00:00Z' },
        { email: 'zed@acme.com', type: 'Page View', occurredAt: '2026-01-05T10:00:00Z' },
      ],
    }
    const reply = await api.post('/v1/events', body)
    expect(reply.body.results.map((r: { kind: string }) => r.kind)).toEqual(['created', 'rejected'])
    expect(reply.body.results[1]).toMatchObject({ index: 1, reason: 'person.unknown' })
    expect((await api.post('/v1/events', body)).body.summary).toMatchObject({ merged: 1 })
  })

  it('POST /v1/spend, /v1/products/batch, /v1/team-members/batch and /v1/opportunities/batch link a deal', async () => {
    const api = await signedIn()
    const spend = await api.post('/v1/spend', {
      spend: [
        {
          channel: 'Webinar',
          periodStart: '2026-01-01',
          periodEnd: '2026-01-31',
          amountCents: 9900,
        },
        { channel: 'Webinar', periodStart: '2026-02-01', periodEnd: '2026-01-01', amountCents: 1 },
      ],
    })
    expect(spend.body.summary).toMatchObject({
      created: 1,
      rejectedByReason: { 'spend.period_reversed': 1 },
    })
    await api.post('/v1/products/batch', {
      products: [{ name: 'GTX Pro', listPriceCents: 482100 }],
    })
    await api.post('/v1/team-members/batch', {
      members: [{ name: 'Darcel Schlecht', team: 'Central' }],
    })
    const deals = await api.post('/v1/opportunities/batch', {
      opportunities: [
        {
          externalId: 'Z063OYW0',
          ownerName: 'Darcel Schlecht',
          product: 'GTXPro',
          status: 'won',
          amountCents: 451400,
          openedAt: '2016-10-25T00:00:00Z',
          closedAt: '2017-03-11T00:00:00Z',
        },
      ],
    })
    expect(deals.body.results).toEqual([
      { index: 0, kind: 'created', id: expect.any(String), notes: ['no_account'] },
    ])
    const deal = await api.get(`/v1/opportunities/${String(deals.body.results[0].id)}`)
    expect(deal.body).toMatchObject({ status: 'won', amountCents: 451400 })
    expect(deal.body.ownerId).toEqual(expect.any(String))
    const report = await api.get('/v1/reports/quality')
    expect(report.body.pipeline).toMatchObject({
      opportunities: 1,
      withoutAccount: 1,
      productNotInCatalog: 0,
    })
  })

  it('lines spend up with lead sources, so the quality report gives the real cost per usable record', async () => {
    const api = await signedIn()
    await api.post('/v1/leads', {
      leads: [
        { email: 'ana@acme.com', source: 'PPC' },
        { email: 'bo@globex.com', source: 'Paid Search' },
        { email: 'cy@initech.com', source: 'paid_search', phone: 'not a phone' },
      ],
    })
    await api.post('/v1/spend', {
      spend: [
        {
          channel: 'Paid Search',
          periodStart: '2026-01-01',
          periodEnd: '2026-01-31',
          amountCents: 30000,
        },
      ],
    })
    const report = await api.get('/v1/reports/quality?staleAfterMonths=12')
    expect(report.body.bySource).toEqual([
      expect.objectContaining({
        source: 'paid search',
        records: 3,
        badRecords: 1,
        spendCents: 30000,
        costPerUsableRecordCents: 15000,
      }),
    ])
  })

  it('POST /v1/import-runs records an import for the quality report', async () => {
    const api = await signedIn()
    const run = {
      entity: 'leads',
      sourceName: 'leads.csv',
      mapping: 'olist-mql',
      dryRun: false,
      counts: { read: 3, created: 1 },
      rejectedByReason: { malformed_row: 2 },
      startedAt: '2026-01-01T00:00:00Z',
      finishedAt: '2026-01-01T00:01:00Z',
    }
    expect((await api.post('/v1/import-runs', run)).status).toBe(204)
    const report = await api.get('/v1/reports/quality')
    expect(report.body.rejectedByReason).toEqual({ malformed_row: 2 })
  })

  it.each([
    ['/v1/accounts/batch', { accounts: [] }],
    ['/v1/spend', { spend: Array.from({ length: 1001 }, () => ({ channel: 'x' })) }],
    ['/v1/events', { events: [{ email: 'a@b.com', shoeSize: 9 }] }],
    ['/v1/opportunities/batch', { opportunities: [{ closedAt: 'yesterday' }] }],
  ])('refuses a malformed request to %s with 400', async (path, body) => {
    const reply = await (await signedIn()).post(path, body)
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
  })
})
