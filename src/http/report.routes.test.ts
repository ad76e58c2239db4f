import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

describeEachBackend('GET /v1/reports/quality', (db) => {
  it('rates bad records and counts folded duplicates per source', async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    await api.post('/v1/leads', {
      leads: [
        { email: 'ana@acme.com', source: 'webinar' },
        { email: 'ana+2@acme.com', source: 'webinar' },
        { email: 'info@globex.com', source: 'purchased list' },
        { email: 'bo@initech.com', phone: '12', source: 'purchased list' },
        { email: 'cy@umbrella.io', source: 'purchased list' },
        { email: 'broken', source: 'purchased list' },
      ],
    })
    const reply = await api.get('/v1/reports/quality?staleAfterMonths=6')
    expect(reply.status).toBe(200)
    const list = reply.body.bySource.find((r: { source: string }) => r.source === 'purchased list')
    expect(list).toMatchObject({
      records: 3,
      badRecords: 2,
      issues: { role_email: 1, invalid_phone: 1 },
      staleRecords: 0,
    })
    const webinar = reply.body.bySource.find((r: { source: string }) => r.source === 'webinar')
    expect(webinar).toMatchObject({ records: 1, badRecords: 0, duplicatesFolded: 1 })
    expect(reply.body.totals).toMatchObject({ records: 4, duplicatesFolded: 1, staleRate: 0 })
  })

  it('refuses a stale window outside 1..120 months', async () => {
    const { apiKey } = await db().workspace()
    const reply = await httpClient(db().storage, apiKey).get(
      '/v1/reports/quality?staleAfterMonths=0',
    )
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
  })
})
