import { expect, it } from 'vitest'
import { issueApiKey } from '../app/access/api-keys.ts'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('GET /v1/me', (db) => {
  it('tells each key its workspace, role and the actor its changes record', async () => {
    const { apiKey, store } = await db().workspace()
    const rep = await issueApiKey(db().storage.apiKeys, store.workspaceId, {
      name: 'rep',
      role: 'sdr',
    })
    const admin = await httpClient(db().storage, apiKey).get('/v1/me')
    expect(admin).toMatchObject({
      status: 200,
      body: { workspaceId: store.workspaceId, role: 'admin' },
    })
    expect(admin.body.actor).toMatch(/^api-key:/)
    const sdr = await httpClient(db().storage, rep.key).get('/v1/me')
    expect(sdr.body).toEqual({
      workspaceId: store.workspaceId,
      role: 'sdr',
      actor: `api-key:${rep.id}`,
    })
  })

  it('answers 401 without a key or with a wrong one', async () => {
    const anonymous = await httpClient(db().storage).get('/v1/me')
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: 'auth.missing_key' } } })
    const wrong = await httpClient(db().storage, `bk_${'a'.repeat(12)}_${'b'.repeat(43)}`).get(
      '/v1/me',
    )
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'auth.invalid_key' } } })
  })
})
