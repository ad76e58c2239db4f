import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'

const preset = async (file: string) =>
  parse(await readFile(new URL(`../../presets/plans/${file}`, import.meta.url), 'utf8')) as unknown

describeEachBackend('plan and experiment endpoints', (db) => {
  async function signedIn() {
    const { apiKey } = await db().workspace()
    return httpClient(db().storage, apiKey)
  }

  it('creates the example plan, lists, shows, tracks and what-ifs it; runs an experiment', async () => {
    const api = await signedIn()
    const created = await api.post('/v1/plans', { document: await preset('new-business.yaml') })
    expect(created.status).toBe(201)
    expect(created.body.result.plan.total).toEqual({
      inquiry: 3568,
      mql: 1330,
      sql: 926,
      opportunity: 426,
      won: 100,
    })
    const id = String(created.body.id)
    expect((await api.get('/v1/plans')).body.items.map((p: { id: string }) => p.id)).toEqual([id])
    expect((await api.get(`/v1/plans/${id}`)).body.name).toBe('2027 H1 new business')
    const actual = await api.get(`/v1/plans/${id}/actual`)
    expect(actual.status).toBe(200)
    const whatIf = await api.post(`/v1/plans/${id}/what-if`, { set: ['inbound:mql_to_sql=0.8'] })
    expect(
      whatIf.body.byChannel.find((c: { channel: string }) => c.channel === 'inbound'),
    ).toMatchObject({
      channel: 'inbound',
      inquiriesBefore: 1784 * 2,
    })
    expect(whatIf.body.delta.inquiry).toBeGreaterThan(0)
    const experiment = await api.post('/v1/experiments', {
      document: await preset('east-holdout.experiment.yaml'),
    })
    expect(experiment.status).toBe(201)
    const report = await api.get(`/v1/experiments/${String(experiment.body.id)}/report`)
    expect(report.body.arms.map((a: { arm: string; leads: number }) => [a.arm, a.leads])).toEqual([
      ['east reps', 0],
      ['held out', 0],
    ])
  })

  it('names each error: a bad plan, a zero rate, unknown plan and experiment, a bad what-if', async () => {
    const api = await signedIn()
    const bad = await api.post('/v1/plans', { document: { name: 'x' } })
    expect([bad.status, bad.body.error.code]).toEqual([422, 'plan.invalid'])
    const document = (await preset('new-business.yaml')) as {
      channels: { rates: Record<string, number> }[]
    }
    const first = document.channels[0]
    if (first) first.rates['mql_to_sql'] = 0
    const zero = await api.post('/v1/plans', { document })
    expect(zero.body.error.message).toMatch(
      /Channel "inbound": the MQL->SQL \(mql_to_sql\) rate is 0/,
    )
    const missing = '00000000-0000-4000-8000-000000000000'
    expect((await api.get(`/v1/plans/${missing}`)).body.error.code).toBe('plan.not_found')
    expect((await api.get(`/v1/experiments/${missing}/report`)).body.error.code).toBe(
      'experiment.not_found',
    )
    const created = await api.post('/v1/plans', { document: await preset('new-business.yaml') })
    const wrong = await api.post(`/v1/plans/${String(created.body.id)}/what-if`, {
      set: ['speed=2'],
    })
    expect([wrong.status, wrong.body.error.code]).toEqual([422, 'plan.invalid'])
  })
})
