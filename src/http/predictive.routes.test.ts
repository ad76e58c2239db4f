import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'
import { asOutcomes, csvModel } from '../../test/predictive-model-fixture.ts'
import { scoringContext } from '../../test/scoring-fixture.ts'

const modelFile = (rows: number) => asOutcomes(csvModel(rows))

describeEachBackend('predictive model registry and look-alike endpoints', (db) => {
  async function signedIn() {
    const workspace = await db().workspace()
    const { ctx } = await scoringContext(workspace.store)
    return { api: httpClient(db().storage, workspace.apiKey), ctx }
  }

  it('registers, shows, lists, refuses a thin model, promotes and rolls back', async () => {
    const { api } = await signedIn()
    const few = await api.post('/v1/predictive-models', { model: modelFile(60) })
    expect(few.status).toBe(201)
    expect(few.body).toMatchObject({ kind: 'predictive', status: 'draft' })
    const shown = await api.get(`/v1/predictive-models/${String(few.body.version)}`)
    expect(shown.status).toBe(200)
    expect(shown.body.metrics).toMatchObject({ algorithm: 'logistic', fromOutcomes: true })
    const refused = await api.post(`/v1/predictive-models/${String(few.body.version)}/promote`, {})
    expect(refused.status).toBe(422)
    expect(refused.body.error).toMatchObject({
      code: 'score_model.not_promotable',
      message: expect.stringMatching(/at least 50 of each/),
    })
    const versions: number[] = []
    for (let i = 0; i < 2; i += 1) {
      const body = { model: modelFile(600), name: `outcomes ${i}` }
      versions.push((await api.post('/v1/predictive-models', body)).body.version as number)
    }
    for (const version of versions) {
      const live = await api.post(`/v1/predictive-models/${version}/promote`, {})
      expect([live.status, live.body.status]).toEqual([200, 'live'])
    }
    const back = await api.post('/v1/predictive-models/rollback', {})
    expect([back.status, back.body.version, back.body.status]).toEqual([200, versions[0], 'live'])
    const again = await api.post('/v1/predictive-models/rollback', {})
    expect([again.status, again.body.error.code]).toEqual([409, 'score_model.no_previous'])
    const list = await api.get('/v1/predictive-models')
    expect(list.body.items.map((m: { status: string }) => m.status)).toEqual([
      'draft',
      'live',
      'retired',
    ])
  })

  it('trains on the workspace outcomes and says what is missing when there are none', async () => {
    const { api } = await signedIn()
    const none = await api.post('/v1/predictive-models/train', { algorithm: 'logistic' })
    expect(none.status).toBe(400)
    expect(none.body.error).toMatchObject({
      code: 'request.invalid',
      message: expect.stringMatching(/0 positive and 0 negative outcomes/),
    })
  })

  it('names bad input: unknown version, malformed bodies and queries', async () => {
    const { api } = await signedIn()
    const missing = await api.get('/v1/predictive-models/99')
    expect([missing.status, missing.body.error.code]).toEqual([404, 'score_model.not_found'])
    expect(missing.body.error.message).toMatch(/99/)
    const promoteMissing = await api.post('/v1/predictive-models/99/promote', {})
    expect(promoteMissing.status).toBe(404)
    const notJson = await api.post('/v1/predictive-models', '{"model":')
    expect(notJson.status).toBe(400)
    expect(notJson.body.error.code).toBeTypeOf('string')
    const badModel = await api.post('/v1/predictive-models', { model: {} })
    expect([badModel.status, badModel.body.error.code]).toEqual([400, 'request.invalid'])
    const badTrain = await api.post('/v1/predictive-models/train', { algorithm: 'forest' })
    expect(badTrain.status).toBe(400)
    expect((await api.get('/v1/predictive-models/abc')).status).toBe(400)
    expect((await api.get('/v1/lookalikes?limit=0')).status).toBe(400)
  })

  // The permission table keeps score models to the team: a viewer may not even list them.
  it('refuses a viewer key on register, train, promote, roll back (and the list)', async () => {
    const { api } = await signedIn()
    const draft = await api.post('/v1/predictive-models', { model: modelFile(600) })
    const issued = await api.post('/v1/api-keys', { name: 'reader', role: 'viewer' })
    const viewer = httpClient(db().storage, String(issued.body.key))
    const writes = [
      await viewer.get('/v1/predictive-models'),
      await viewer.post('/v1/predictive-models', { model: modelFile(60) }),
      await viewer.post('/v1/predictive-models/train', {}),
      await viewer.post(`/v1/predictive-models/${String(draft.body.version)}/promote`, {}),
      await viewer.post('/v1/predictive-models/rollback', {}),
    ]
    expect(writes.map((r) => [r.status, String(r.body.error.code)])).toEqual(
      writes.map(() => [403, 'auth.forbidden']),
    )
    expect((await api.get('/v1/predictive-models')).body.items).toHaveLength(1)
  })

  it("never shows one workspace's models to another", async () => {
    const first = await signedIn()
    const second = await signedIn()
    const draft = await first.api.post('/v1/predictive-models', { model: modelFile(600) })
    const version = String(draft.body.version)
    expect((await second.api.get('/v1/predictive-models')).body.items).toEqual([])
    expect((await second.api.get(`/v1/predictive-models/${version}`)).status).toBe(404)
    expect((await second.api.post(`/v1/predictive-models/${version}/promote`, {})).status).toBe(404)
    expect((await first.api.get(`/v1/predictive-models/${version}`)).status).toBe(200)
  })

  it("ranks accounts by resemblance to the agreement's best customers", async () => {
    const { api } = await signedIn()
    const accounts = [
      { name: 'Globex', industry: 'Software', country: 'US', employeeCount: 800 },
      { name: 'Initech', industry: 'Retail', country: 'FR', employeeCount: 20 },
      { name: 'Hooli', industry: 'Software', country: 'US', employeeCount: 900 },
      { name: 'Vandelay', industry: 'Retail', country: 'FR', employeeCount: 15 },
    ]
    for (const account of accounts) {
      expect((await api.post('/v1/accounts', account)).status).toBe(201)
    }
    const found = await api.get('/v1/lookalikes?limit=5')
    expect(found.status).toBe(200)
    expect(found.body).toMatchObject({ best: 1, worst: 1, unmatched: [] })
    expect(found.body.ranked.map((a: { name: string }) => a.name)).toEqual(['Hooli', 'Vandelay'])
    const [top, bottom] = found.body.ranked as { similarity: number }[]
    expect(top?.similarity).toBeGreaterThan(bottom?.similarity ?? 1)
    const one = await api.get('/v1/lookalikes?limit=1')
    expect([one.body.accounts, one.body.ranked.length]).toEqual([2, 1])
  })
})
