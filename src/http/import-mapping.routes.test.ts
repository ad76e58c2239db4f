import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

const olistHeader = ['mql_id', 'first_contact_date', 'landing_page_id', 'origin']

describeEachBackend('/v1/import-mappings', (db) => {
  it('lists every preset with the columns it reads and where its rows go', async () => {
    const { apiKey } = await db().workspace()
    const reply = await httpClient(db().storage, apiKey).get('/v1/import-mappings')
    expect(reply.status).toBe(200)
    const olist = reply.body.items.find((p: { name: string }) => p.name === 'olist-mql')
    expect(olist).toMatchObject({
      entity: 'leads',
      skipRows: 0,
      target: { path: '/v1/leads', key: 'leads' },
    })
    expect(olist.columns.sort()).toEqual([...olistHeader].sort())
    const deals = reply.body.items.find((p: { name: string }) => p.name === 'olist-deals')
    expect(deals.target).toEqual({ path: '/v1/opportunities/batch', key: 'opportunities' })
  })

  it('maps file rows to rows its endpoint takes, and rejects an unreadable cell with its row', async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const mapped = await api.post('/v1/import-mappings/map', {
      preset: 'olist-mql',
      header: olistHeader,
      rows: [
        ['m1', '2018-02-01', 'lp1', 'paid_search'],
        ['m2', '01/02/2018', 'lp2', 'social'],
        ['m3', '2018-02-03', '', ''],
      ],
      firstRowNumber: 11,
    })
    expect(mapped.status).toBe(200)
    expect(mapped.body).toMatchObject({ mapping: 'olist-mql', entity: 'leads' })
    const [first, second, third] = mapped.body.rows
    expect(first).toEqual({
      rowNumber: 11,
      body: {
        externalId: 'm1',
        occurredAt: '2018-02-01T00:00:00.000Z',
        source: 'paid_search',
        stage: 'mql',
        properties: { landing_page_id: 'lp1' },
      },
    })
    expect(second).toMatchObject({ rowNumber: 12, reason: 'bad_value' })
    expect(second.message).toContain('first_contact_date')
    expect(third.body).toEqual({
      externalId: 'm3',
      occurredAt: '2018-02-03T00:00:00.000Z',
      stage: 'mql',
    })
    const imported = await api.post(mapped.body.target.path, {
      [mapped.body.target.key]: [first.body, third.body],
    })
    expect(imported.body.summary).toMatchObject({ read: 2, created: 2, rejected: 0 })
  })

  it('takes your own mapping as JSON text, and refuses a header without its columns', async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const mapping = JSON.stringify({
      name: 'mine',
      entity: 'accounts',
      fields: { name: 'Company', domain: 'Web' },
    })
    const ok = await api.post('/v1/import-mappings/map', {
      mapping,
      header: ['Company', 'Web'],
      rows: [['Acme', 'acme.com']],
    })
    expect(ok.body).toMatchObject({
      entity: 'accounts',
      target: { path: '/v1/accounts/batch', key: 'accounts' },
      rows: [{ rowNumber: 1, body: { name: 'Acme', domain: 'acme.com' } }],
    })
    const missing = await api.post('/v1/import-mappings/map', {
      preset: 'olist-mql',
      header: ['mql_id'],
      rows: [],
    })
    expect(missing).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
    expect(missing.body.error.message).toContain('first_contact_date')
  })

  it('needs exactly one of a preset and a mapping, and a preset it knows', async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const both = await api.post('/v1/import-mappings/map', {
      preset: 'olist-mql',
      mapping: '{}',
      header: ['a'],
      rows: [],
    })
    expect(both).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
    const neither = await api.post('/v1/import-mappings/map', { header: ['a'], rows: [] })
    expect(neither.status).toBe(400)
    // A preset name is never read as a path on the server.
    const path = await api.post('/v1/import-mappings/map', {
      preset: '../../package.json',
      header: ['a'],
      rows: [],
    })
    expect(path).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
  })
})
