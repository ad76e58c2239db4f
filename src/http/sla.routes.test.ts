import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'
import { scoringContext } from '../../test/scoring-fixture.ts'

describeEachBackend('clock and outbox endpoints', (db) => {
  async function signedIn() {
    const { apiKey, store } = await db().workspace()
    await scoringContext(store)
    return { api: httpClient(db().storage, apiKey), store }
  }

  it("shows a new MQL's running first-response clock with business time left", async () => {
    const { api } = await signedIn()
    const ana = await api.post('/v1/people', { email: 'ana@acme.com', stage: 'mql' })
    expect(ana.status).toBe(201)
    const clocks = await api.get(`/v1/people/${ana.body.id}/clocks`)
    expect(clocks.status).toBe(200)
    expect(clocks.body.items).toHaveLength(1)
    expect(clocks.body.items[0]).toMatchObject({
      kind: 'first_response',
      priority: 'warm',
      outcome: null,
      stoppedAt: null,
      escalationLevel: 0,
    })
    expect(clocks.body.items[0].businessMinutesLeft).toBeGreaterThan(0)
    expect(clocks.body.items[0].businessMinutesLeft).toBeLessThanOrEqual(24 * 60)
  })

  it('names a person that does not exist', async () => {
    const { api } = await signedIn()
    const missing = await api.get('/v1/people/00000000-0000-4000-8000-000000000000/clocks')
    expect([missing.status, missing.body.error.code]).toEqual([404, 'person.not_found'])
  })

  it('pages the outbox by status and refuses an unknown status', async () => {
    const { api, store } = await signedIn()
    await store.sla.outbox.enqueue([
      { topic: 'sla.reminder', target: 'u1', payload: { personId: 'p1' }, dedupeKey: 'a' },
      { topic: 'sla.escalated', target: 'u2', payload: {}, dedupeKey: 'b' },
    ])
    const first = await api.get('/v1/outbox?status=pending&limit=1')
    expect(first.status).toBe(200)
    expect(first.body.items).toMatchObject([
      { topic: 'sla.escalated', status: 'pending', attempts: 0 },
    ])
    const second = await api.get(
      `/v1/outbox?status=pending&limit=1&cursor=${first.body.nextCursor}`,
    )
    expect(second.body.items).toMatchObject([{ topic: 'sla.reminder', target: 'u1' }])
    expect((await api.get('/v1/outbox?status=delivered')).body.items).toEqual([])
    expect((await api.get('/v1/outbox?status=lost')).status).toBe(400)
  })
})
