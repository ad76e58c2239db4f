import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

const preset = (name: string) =>
  readFile(new URL(`../../presets/agreements/${name}.yaml`, import.meta.url), 'utf8')

describeEachBackend('POST /v1/agreements/validate', (db) => {
  it('passes a preset with its parsed document, which saves as a draft unchanged', async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const reply = await api.post('/v1/agreements/validate', { text: await preset('waterfall') })
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({ valid: true, errors: [] })
    expect(reply.body.document.funnel.stages[1]).toMatchObject({ canonical: 'mql', name: 'MQL' })
    const draft = await api.post('/v1/agreements', { document: reply.body.document })
    expect(draft).toMatchObject({ status: 201, body: { version: { version: 1, status: 'draft' } } })
    expect((await api.get('/v1/agreements')).body.items).toHaveLength(1)
  })

  it('locates each error by line and column and gives no document; nothing is saved', async () => {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const text = (await preset('waterfall')).replace('recycleTo: nurture', 'recycleTo: bin')
    const reply = await api.post('/v1/agreements/validate', { text })
    expect(reply.status).toBe(200)
    expect(reply.body.valid).toBe(false)
    expect(reply.body.document).toBeUndefined()
    const [error] = reply.body.errors
    expect(error.path).toEqual(['exitCriteria', 'recycleTo'])
    expect(error.line).toBe(text.split('\n').findIndex((l) => l.includes('recycleTo: bin')) + 1)
    expect(error.fix).not.toBe('')
    const syntax = await api.post('/v1/agreements/validate', { text: 'name: [unclosed' })
    expect(syntax.body).toMatchObject({ valid: false, errors: [{ line: 1 }] })
    expect((await api.get('/v1/agreements')).body.items).toEqual([])
  })

  it('refuses a body without text', async () => {
    const { apiKey } = await db().workspace()
    const reply = await httpClient(db().storage, apiKey).post('/v1/agreements/validate', {})
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
  })
})
