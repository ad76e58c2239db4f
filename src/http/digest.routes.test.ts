import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('GET /v1/reports/digest', (db) => {
  it('sets the week against the week before', async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    for (const [email, day] of [
      ['ana@acme.com', '17'],
      ['bo@acme.com', '18'],
      ['cy@acme.com', '10'],
    ] as const) {
      const lead = await api.post('/v1/leads', {
        leads: [{ email, source: 'webinar', occurredAt: `2026-11-${day}T12:00:00Z` }],
      })
      expect(lead.status, JSON.stringify(lead.body)).toBeLessThan(300)
    }
    const reply = await api.get('/v1/reports/digest?to=2026-11-23')
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body).toMatchObject({
      from: '2026-11-16T00:00:00.000Z',
      to: '2026-11-23T00:00:00.000Z',
    })
    expect(reply.body.kpis[0]).toEqual({
      name: 'Inquiries',
      unit: 'count',
      thisWeek: 2,
      lastWeek: 1,
      change: 1,
      changeShare: { value: 1 },
      goal: null,
      status: 'no_goal',
    })
    expect(reply.body.slaBreachesByTeam).toEqual([])
  })

  it('answers 400 naming the field for a bad week end', async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    expect(await api.get('/v1/reports/digest?to=soon')).toMatchObject({
      status: 400,
      body: { error: { code: 'request.invalid', details: { field: 'to' } } },
    })
    expect((await api.get('/v1/reports/digest?from=2026-01-01')).status).toBe(400)
  })
})
