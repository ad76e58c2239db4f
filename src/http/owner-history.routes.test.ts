import { expect, it } from 'vitest'
import { addUser } from '../app/access/users.ts'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'
import { scoringContext } from '../../test/scoring-fixture.ts'

describeEachBackend('GET /v1/people/{id}/owners', (db) => {
  it('answers the routed owner, then the manual reassignment, oldest first', async () => {
    const { apiKey, store } = await db().workspace()
    const { ctx } = await scoringContext(store)
    await addUser(ctx, { email: 'ben@acme.com', name: 'Ben BDR', role: 'sdr' })
    await addUser(ctx, { email: 'bea@acme.com', name: 'Bea BDR', role: 'sdr' })
    const api = httpClient(db().storage, apiKey)
    const id = (await api.post('/v1/people', { email: 'ana@acme.com' })).body.id as string
    expect((await api.post(`/v1/people/${id}/stage`, { toStage: 'mql' })).status).toBe(201)
    const routed = (await api.get(`/v1/people/${id}/owners`)).body.items
    expect(routed).toMatchObject([{ rule: 'SDR round robin', team: 'sdr', until: null }])
    const other = routed[0].ownerEmail === 'ben@acme.com' ? 'bea@acme.com' : 'ben@acme.com'
    expect((await api.post(`/v1/people/${id}/assign`, { toEmail: other })).status).toBe(200)
    const reply = await api.get(`/v1/people/${id}/owners`)
    expect(reply.status).toBe(200)
    expect(
      reply.body.items.map((s: { ownerEmail: string; rule: string }) => [s.ownerEmail, s.rule]),
    ).toEqual([
      [routed[0].ownerEmail, 'SDR round robin'],
      [other, 'manual'],
    ])
    expect(reply.body.items[0].until).toBe(reply.body.items[1].at)
    const unknown = await api.get('/v1/people/0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a/owners')
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'person.not_found' } } })
    expect((await api.get('/v1/people/not-an-id/owners')).status).toBe(400)
  })
})
