import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('GET /v1/reports/funnel and /v1/reports/velocity', (db) => {
  async function seeded() {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const reply = await api.post('/v1/leads', {
      leads: [
        {
          email: 'ana@acme.com',
          source: 'webinar',
          stage: 'mql',
          occurredAt: '2024-01-10T00:00:00Z',
        },
        {
          email: 'bo@globex.com',
          source: 'webinar',
          stage: 'mql',
          occurredAt: '2024-01-12T00:00:00Z',
        },
        {
          email: 'cy@initech.com',
          source: 'paid search',
          stage: 'mql',
          occurredAt: '2024-01-15T00:00:00Z',
        },
      ],
    })
    expect(reply.status).toBe(200)
    const ana = reply.body.results[0].personId as string
    const moved = await api.post(`/v1/people/${ana}/stage`, {
      toStage: 'sql',
      occurredAt: '2024-01-17T00:00:00Z',
    })
    expect(moved.status).toBe(201)
    return api
  }

  it('splits cohort conversion by source and dates the period', async () => {
    const api = await seeded()
    const reply = await api.get('/v1/reports/funnel?from=2024-01-01&to=2024-02-01&by=source')
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({
      from: '2024-01-01T00:00:00.000Z',
      to: '2024-02-01T00:00:00.000Z',
      by: 'source',
    })
    const mqlToSql = (group: { conversions: { from: string; to: string }[] }) =>
      group.conversions.find((c) => c.from === 'mql' && c.to === 'sql')
    expect(mqlToSql(reply.body.total)).toMatchObject({ cohort: 3, reached: 1 })
    const webinar = reply.body.groups.find((g: { group: string }) => g.group === 'webinar')
    expect(mqlToSql(webinar)).toMatchObject({ cohort: 2, reached: 1, rate: { value: 0.5 } })
    const velocity = await api.get('/v1/reports/velocity?from=2024-01-01&to=2024-02-01')
    const pair = velocity.body.total.pairs.find(
      (p: { from: string; to: string }) => p.from === 'mql' && p.to === 'sql',
    )
    expect(pair).toMatchObject({ moved: 1, medianDays: 7 })
  })

  it('answers 400 naming the field for an unknown split or a reversed period', async () => {
    const api = await seeded()
    expect(await api.get('/v1/reports/funnel?by=zodiac')).toMatchObject({
      status: 400,
      body: { error: { code: 'request.invalid', details: { field: 'by' } } },
    })
    expect(await api.get('/v1/reports/pipeline?by=zodiac')).toMatchObject({
      status: 400,
      body: { error: { code: 'request.invalid', details: { field: 'by' } } },
    })
    expect(await api.get('/v1/reports/pipeline?silentAfterDays=0')).toMatchObject({
      status: 400,
      body: { error: { code: 'request.invalid', details: { field: 'silentAfterDays' } } },
    })
    expect(await api.get('/v1/reports/cost?by=source')).toMatchObject({ status: 400 })
    expect(await api.get('/v1/reports/cost?from=2024-01-01')).toMatchObject({
      status: 200,
      body: { salesChannel: 'sales', total: { mqls: 3, perMql: { cents: 0 } } },
    })
    expect(await api.get('/v1/reports/dispositions?to=nope')).toMatchObject({ status: 400 })
    expect(await api.get('/v1/reports/dispositions')).toMatchObject({
      status: 200,
      body: { stages: [], withoutKnownReason: 0 },
    })
    const pipeline = await api.get('/v1/reports/pipeline?by=product')
    expect(pipeline).toMatchObject({
      status: 200,
      body: {
        by: 'product',
        silentAfterDays: 90,
        total: { created: { deals: 0 }, winRate: { value: null } },
      },
    })
    expect(await api.get('/v1/reports/velocity?from=2024-02-01&to=2024-01-01')).toMatchObject({
      status: 400,
      body: { error: { code: 'request.invalid', details: { field: 'to' } } },
    })
  })

  it('answers velocity in business time only with an agreement in force, and refuses an unknown time', async () => {
    const api = await seeded()
    const none = await api.get('/v1/reports/velocity?time=business')
    expect(none).toMatchObject({
      status: 404,
      body: { error: { code: 'agreement.none_in_force' } },
    })
    const bad = await api.get('/v1/reports/velocity?time=sidereal')
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
    const plain = await api.get('/v1/reports/velocity')
    expect(plain.status).toBe(200)
    expect(plain.body.total.pairs[0].business).toBeUndefined()
  })
})
