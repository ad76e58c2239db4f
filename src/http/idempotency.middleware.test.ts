import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('Idempotency-Key on every write', (db) => {
  async function signedIn() {
    const { apiKey, store } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const count = async () => {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM person WHERE workspace_id = ${store.workspaceId}`.execute(
        db().opened.db,
      )
      return rows[0]?.n ?? -1
    }
    return { api, count }
  }

  it('replays the first answer of a route with no idempotency code of its own', async () => {
    const { api, count } = await signedIn()
    const body = { email: 'ana@acme.com', firstName: 'Ana' }
    const first = await api.post('/v1/people', body, { 'idempotency-key': 'p-1' })
    const retry = await api.post('/v1/people', body, { 'idempotency-key': 'p-1' })
    expect(first.status).toBe(201)
    expect(retry).toMatchObject({ status: 201, body: first.body })
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect(await count()).toBe(1)

    const other = await api.post(
      '/v1/people',
      { ...body, firstName: 'Anna' },
      { 'idempotency-key': 'p-1' },
    )
    expect(other).toMatchObject({
      status: 409,
      body: { error: { code: 'request.idempotency_conflict', details: { key: 'p-1' } } },
    })
    const patch = (firstName: string) =>
      api.send(
        'PATCH',
        `/v1/people/${String(first.body.id)}`,
        { firstName },
        {
          'idempotency-key': 'p-1',
        },
      )
    expect((await patch('Ann')).status).toBe(200)
    expect((await patch('Ann')).headers.get('idempotent-replayed')).toBe('true')
  })

  it('replays an error answer with its status, and runs concurrent duplicates once', async () => {
    const { api, count } = await signedIn()
    const bad = { email: 'bo@acme.com', stage: 'no-such-stage' }
    const first = await api.post('/v1/people', bad, { 'idempotency-key': 'bad' })
    const again = await api.post('/v1/people', bad, { 'idempotency-key': 'bad' })
    expect(first.status).toBeGreaterThanOrEqual(400)
    expect(again).toMatchObject({ status: first.status, body: first.body })

    const body = { email: 'cy@acme.com' }
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => api.post('/v1/people', body, { 'idempotency-key': 'race' })),
    )
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
    expect(new Set(replies.map((r) => String(r.body.id))).size).toBe(1)
    expect(await count()).toBe(1)
  })

  it('refuses a key longer than 200 characters', async () => {
    const { api } = await signedIn()
    const reply = await api.post(
      '/v1/people',
      { email: 'x@acme.com' },
      {
        'idempotency-key': 'k'.repeat(201),
      },
    )
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
  })
})
