import { randomUUID } from 'node:crypto'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('GET /v1/people/{id}/activities', (db) => {
  it("lists a person's activities newest first, with how many there are", async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const lead = await api.post('/v1/leads', {
      leads: [{ email: 'ana@acme.com', externalId: 'a1' }],
    })
    const id = lead.body.results[0].personId as string
    const events = await api.post('/v1/events', {
      events: [
        { email: 'ana@acme.com', type: 'Webinar Attended', occurredAt: '2026-10-02T10:00:00Z' },
        {
          email: 'ana@acme.com',
          type: 'page_view',
          occurredAt: '2026-10-05T09:00:00Z',
          url: 'https://acme.com/pricing',
        },
      ],
    })
    expect(events.body.summary).toMatchObject({ created: 2, rejected: 0 })
    const all = await api.get(`/v1/people/${id}/activities`)
    expect(all.status).toBe(200)
    // The capture (at the clock's now, after both events) is an activity too.
    expect(all.body.items.map((a: { type: string }) => a.type)).toEqual([
      'lead_captured',
      'page_view',
      'webinar_attended',
    ])
    expect(all.body.items[1]).toMatchObject({
      occurredAt: '2026-10-05T09:00:00.000Z',
      url: 'https://acme.com/pricing',
    })
    expect(all.body.total).toBe(3)
    const one = await api.get(`/v1/people/${id}/activities?limit=1`)
    expect(one.body).toMatchObject({ total: 3, items: [{ type: 'lead_captured' }] })
  })

  it('answers 404 for a person not in the workspace and 400 for a bad limit', async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const missing = await api.get(`/v1/people/${randomUUID()}/activities`)
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'person.not_found' } } })
    const person = await api.post('/v1/people', { email: 'bo@acme.com' })
    const bad = await api.get(`/v1/people/${person.body.id}/activities?limit=0`)
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
  })
})
