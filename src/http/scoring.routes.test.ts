import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'
import { handRaiserDocument, scoringContext } from '../../test/scoring-fixture.ts'

describeEachBackend('scoring endpoints', (db) => {
  async function signedIn() {
    const { apiKey, store } = await db().workspace()
    await scoringContext(store)
    return httpClient(db().storage, apiKey)
  }

  it('adds, publishes and lists models; events score people, move them to mql and explain themselves', async () => {
    const api = await signedIn()
    const added = await api.post('/v1/score-models', { document: handRaiserDocument() })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({ version: 1, status: 'draft', kind: 'rules' })
    expect((await api.post('/v1/score-models/1/publish', {})).body.status).toBe('live')
    expect((await api.get('/v1/score-models')).body.items).toHaveLength(1)
    expect((await api.get('/v1/score-models/1')).body.document.name).toBe('hand-raiser')
    const ana = await api.post('/v1/people', { email: 'ana@acme.com', title: 'VP Sales' })
    const events = [
      { email: 'ana@acme.com', type: 'demo_request', occurredAt: '2026-11-23T15:00:00Z' },
    ]
    expect((await api.post('/v1/events', { events })).status).toBe(200)
    expect((await api.get(`/v1/people/${ana.body.id}`)).body.stage).toBe('mql')
    const score = await api.get(`/v1/people/${ana.body.id}/score`)
    expect(score.status).toBe(200)
    expect(score.body).toMatchObject({ total: 65, modelVersion: 1, band: { name: 'B1' } })
    expect(score.body.contributions.map((c: { points: number }) => c.points)).toEqual([15, 50])
    const rebuilt = await api.post('/v1/scores/rebuild', {})
    expect(rebuilt.body).toMatchObject({ kind: 'rebuilt', people: 1, moves: 0 })
  })

  it('names each error: invalid model, unknown version, nothing live, already live', async () => {
    const api = await signedIn()
    const broken = { ...handRaiserDocument(), bands: 'none' }
    const invalid = await api.post('/v1/score-models', { document: broken })
    expect([invalid.status, invalid.body.error.code]).toEqual([422, 'score_model.invalid'])
    const unknown = await api.post('/v1/score-models/9/publish', {})
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'score_model.not_found'])
    const person = await api.post('/v1/people', { email: 'bo@acme.com' })
    const none = await api.get(`/v1/people/${person.body.id}/score`)
    expect([none.status, none.body.error.code]).toEqual([409, 'score_model.none_live'])
    await api.post('/v1/score-models', { document: handRaiserDocument() })
    await api.post('/v1/score-models/1/publish', {})
    const again = await api.post('/v1/score-models/1/publish', {})
    expect([again.status, again.body.error.code]).toEqual([409, 'score_model.not_draft'])
  })
})
