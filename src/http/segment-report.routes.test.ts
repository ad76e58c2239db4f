import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('GET /v1/reports/segments', (db) => {
  async function seeded() {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const deal = (
      externalId: string,
      accountName: string,
      status: string,
      amountCents: number,
    ) => ({
      externalId,
      accountName,
      stage: status === 'won' ? 'Won' : 'Lost',
      status,
      amountCents,
      openedAt: '2024-01-02T00:00:00Z',
      closedAt: '2024-01-20T00:00:00Z',
    })
    const deals = await api.post('/v1/opportunities/batch', {
      opportunities: [
        deal('W1', 'Acme', 'won', 85_000),
        deal('W2', 'Globex', 'won', 15_000),
        deal('L1', 'Hooli', 'lost', 40_000),
      ],
    })
    expect(deals.status, JSON.stringify(deals.body)).toBe(200)
    return api
  }

  it('reports Pareto classes, RFM scores, lost deals and the universe', async () => {
    const api = await seeded()
    const reply = await api.get('/v1/reports/segments?from=2024-01-01&to=2024-02-01&limit=1')
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body).toMatchObject({
      inactiveAfterDays: 180,
      universe: { people: 0, accounts: 3, customers: 2 },
      pareto: { revenueCents: 100_000 },
      customers: [{ name: 'Acme', class: 'A', recencyDays: 12, rfm: '555' }],
      lost: {
        count: 1,
        amountCents: 40_000,
        deals: [{ customer: 'Hooli', closedAt: '2024-01-20T00:00:00.000Z' }],
      },
      activity: { people: 0, activeShare: { value: null, reason: 'there are no people' } },
      icp: { profiles: [], reason: 'no agreement is in force' },
    })
    // Acme's 850.00 is A; Globex comes after 85% of the revenue: B.
    expect(
      reply.body.pareto.classes.map((c: { class: string; customers: number }) => [
        c.class,
        c.customers,
      ]),
    ).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 0],
      ['D', 0],
    ])
  })

  it('answers 400 naming the field for a window or limit out of range', async () => {
    const api = await seeded()
    for (const [query, field] of [
      ['inactiveAfterDays=0', 'inactiveAfterDays'],
      ['limit=9999', 'limit'],
      ['by=owner', undefined],
    ] as const) {
      const reply = await api.get(`/v1/reports/segments?${query}`)
      expect(reply.status, query).toBe(400)
      expect(reply.body.error.code).toBe('request.invalid')
      if (field !== undefined) expect(reply.body.error.details.field).toBe(field)
    }
  })
})
