import { expect, it } from 'vitest'
import { issueApiKey } from '../app/access/api-keys.ts'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('/v1/segments', (db) => {
  async function seeded() {
    const { apiKey, store } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    for (const person of [
      { email: 'ana@acme.com', firstName: 'Ana', source: 'webinar' },
      { email: 'bo@globex.de', firstName: 'Bo', source: 'paid_search' },
    ]) {
      expect((await api.post('/v1/people', person)).status).toBe(201)
    }
    return { api, workspaceId: store.workspaceId }
  }

  it('saves a segment, lists and shows it, and reads its members as they are now', async () => {
    const { api } = await seeded()
    const saved = await api.post('/v1/segments', {
      name: 'Webinar leads',
      filter: { field: 'source', op: 'eq', value: 'Webinar' },
    })
    expect(saved).toMatchObject({
      status: 201,
      body: { name: 'Webinar leads', subject: 'person', members: 1, filter: { op: 'eq' } },
    })
    expect((await api.get('/v1/segments')).body.items.map((s: { name: string }) => s.name)).toEqual(
      ['Webinar leads'],
    )
    expect(await api.get(`/v1/segments/${encodeURIComponent('Webinar leads')}`)).toMatchObject({
      status: 200,
      body: { id: saved.body.id },
    })
    await api.post('/v1/people', { email: 'cy@initech.com', source: 'webinar' })
    const members = await api.get(`/v1/segments/${saved.body.id}/members?limit=1`)
    expect(members).toMatchObject({
      status: 200,
      body: { segment: { members: 2 }, items: [{ email: 'ana@acme.com', name: 'Ana' }] },
    })
    const next = await api.get(
      `/v1/segments/${saved.body.id}/members?limit=1&cursor=${members.body.nextCursor}`,
    )
    expect(next.body.items.map((m: { email: string }) => m.email)).toEqual(['cy@initech.com'])
  })

  it('answers 400 listing the valid fields, 409 for a taken name, 404 and 403', async () => {
    const { api, workspaceId } = await seeded()
    const bad = await api.post('/v1/segments', {
      name: 'Odd',
      filter: { and: [{ field: 'score', op: 'like', value: 5 }] },
    })
    expect(bad).toMatchObject({
      status: 400,
      body: {
        error: { code: 'request.invalid', details: { field: 'filter', path: 'filter.and[0].op' } },
      },
    })
    expect(bad.body.error.message).toMatch(/"like" is not an operator; use one of eq, neq, in/)
    await api.post('/v1/segments', { name: 'All', filter: { and: [] } })
    expect(await api.post('/v1/segments', { name: 'All', filter: { and: [] } })).toMatchObject({
      status: 409,
      body: { error: { code: 'segment.name_taken' } },
    })
    expect(await api.get('/v1/segments/nothing-here/members')).toMatchObject({
      status: 404,
      body: { error: { code: 'segment.not_found' } },
    })
    const viewer = await issueApiKey(db().storage.apiKeys, workspaceId, {
      name: 'board',
      role: 'viewer',
    })
    const board = httpClient(db().storage, viewer.key)
    expect((await board.get('/v1/segments')).status).toBe(200)
    expect(await board.get('/v1/segments/All/members')).toMatchObject({
      status: 403,
      body: { error: { code: 'auth.forbidden' } },
    })
    expect((await board.post('/v1/segments', { name: 'Mine', filter: { and: [] } })).status).toBe(
      403,
    )
  })
})
