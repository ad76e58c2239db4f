import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('GET /v1/reports/customers and PUT /v1/market-sizes', (db) => {
  async function seeded() {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const deals = await api.post('/v1/opportunities/batch', {
      opportunities: [
        {
          externalId: 'W1',
          accountName: 'Acme',
          stage: 'Won',
          status: 'won',
          amountCents: 100_000,
          openedAt: '2024-01-02T00:00:00Z',
          closedAt: '2024-01-20T00:00:00Z',
        },
      ],
    })
    expect(deals.status, JSON.stringify(deals.body)).toBe(200)
    return api
  }

  it('records a market size and reports market share against it', async () => {
    const api = await seeded()
    const put = await api.send('PUT', '/v1/market-sizes/2024-01', { amountCents: 1_000_000 })
    expect(put).toMatchObject({
      status: 200,
      body: { outcome: 'created', size: { periodStart: '2024-01-01', periodEnd: '2024-01-31' } },
    })
    const report = await api.get('/v1/reports/customers?from=2024-01-01&to=2024-02-01&by=product')
    expect(report.status).toBe(200)
    expect(report.body).toMatchObject({
      by: 'product',
      total: { customers: 1, newCustomers: 1, revenue: { newCents: 100_000 } },
      market: { marketCents: 1_000_000, share: { value: 0.1 } },
    })
    expect((await api.get('/v1/market-sizes')).body.items).toHaveLength(1)
    const attribution = await api.get('/v1/reports/attribution?from=2024-01-01&to=2024-02-01')
    expect(attribution).toMatchObject({
      status: 200,
      body: {
        weights: { first: 0.3, between: 0.1 },
        pipeline: { opportunities: 1, influencedOpportunities: 0, untouchedCents: 100_000 },
        revenue: { opportunities: 1, sourcedCents: 0 },
        models: { wShaped: [] },
      },
    })
  })

  it('answers 400 naming the field for a bad period, amount, overlap or split', async () => {
    const api = await seeded()
    await api.send('PUT', '/v1/market-sizes/2024', { amountCents: 5 })
    for (const [path, body, field] of [
      ['/v1/market-sizes/2024-Q9', { amountCents: 5 }, 'period'],
      ['/v1/market-sizes/2024-Q1', { amountCents: 5 }, 'period'],
      ['/v1/market-sizes/2025', { amountCents: -5 }, 'amountCents'],
      ['/v1/market-sizes/2025', { amountCents: 5, currency: 'dollars' }, 'currency'],
    ] as const) {
      const reply = await api.send('PUT', path, body)
      expect(reply, path).toMatchObject({
        status: 400,
        body: { error: { code: 'request.invalid', details: { field } } },
      })
    }
    expect(await api.get('/v1/reports/attribution?by=source')).toMatchObject({ status: 400 })
    expect(await api.get('/v1/reports/customers?by=zodiac')).toMatchObject({
      status: 400,
      body: { error: { details: { field: 'by' } } },
    })
  })
})
