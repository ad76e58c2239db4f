import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import { httpClient, type Reply } from '../../test/http-client.ts'
import { handRaiserDocument } from '../../test/scoring-fixture.ts'
import { signedAgreement } from '../../test/signed-agreement.ts'

type Doc = { paths: Record<string, Record<string, unknown>> }

const preset = async (file: string) =>
  parse(await readFile(new URL(`../../presets/plans/${file}`, import.meta.url), 'utf8')) as unknown

const created = (reply: Reply, what: string): string => {
  expect(reply.status, `${what}: ${JSON.stringify(reply.body)}`).toBeLessThan(300)
  return String(reply.body.id)
}

describeEachBackend('workspace isolation on every route', (db) => {
  // Workspace A holds one of everything; every value that names it is a secret B must never see.
  async function workspaceA() {
    const { store, apiKey } = await db().workspace()
    await signedAgreement({ store, clock: fixedClock(), actor: 'setup', role: 'admin' })
    const a = httpClient(db().storage, apiKey)
    expect((await a.post('/v1/score-models', { document: handRaiserDocument() })).status).toBe(201)
    expect((await a.post('/v1/score-models/1/publish', {})).status).toBe(200)
    const account = created(
      await a.post('/v1/accounts', { name: 'Zyxcorp Secret', domain: 'zyxcorp-secret.com' }),
      'account',
    )
    const person = created(
      await a.post('/v1/people', {
        email: 'quinn.hidden@zyxcorp-secret.com',
        firstName: 'Quinn',
        lastName: 'Hiddenfield',
        accountId: account,
      }),
      'person',
    )
    const opportunity = created(
      await a.post('/v1/opportunities', {
        name: 'Zyxcorp deal',
        stage: 'Discovery',
        accountId: account,
      }),
      'opportunity',
    )
    const plan = created(
      await a.post('/v1/plans', { document: await preset('new-business.yaml') }),
      'plan',
    )
    const experiment = created(
      await a.post('/v1/experiments', { document: await preset('east-holdout.experiment.yaml') }),
      'experiment',
    )
    const key = created(await a.post('/v1/api-keys', { name: 'zyx key', role: 'viewer' }), 'key')
    const segment = created(
      await a.post('/v1/segments', {
        name: 'Zyxcorp people',
        filter: { field: 'email', op: 'contains', value: 'zyxcorp' },
      }),
      'segment',
    )
    await a.post('/v1/track/origins', { origin: 'https://www.zyxcorp-secret.com' })
    const site = (await a.get('/v1/track/site')).body as { siteKey: string }
    const users = (await a.get('/v1/users')).body.items as { id: string }[]
    const ids = { person, account, opportunity, plan, experiment, key, segment }
    const secrets = [
      ...Object.values(ids),
      ...users.map((u) => u.id),
      site.siteKey,
      'zyxcorp',
      'hiddenfield',
      'maria@acme.com',
    ]
    return { a, ids, secrets }
  }

  async function workspaceB() {
    const { apiKey } = await db().workspace()
    return httpClient(db().storage, apiKey)
  }

  it("never answers workspace B with anything of A's, on any route, even given A's ids", async () => {
    const { ids, secrets } = await workspaceA()
    const b = await workspaceB()
    const doc = (await b.get('/openapi.json')).body as Doc
    const idFor = (template: string) => {
      const [, , collection] = template.split('/')
      const byCollection: Record<string, string> = {
        people: ids.person,
        accounts: ids.account,
        opportunities: ids.opportunity,
        plans: ids.plan,
        experiments: ids.experiment,
        'api-keys': ids.key,
        segments: ids.segment,
      }
      return byCollection[collection ?? ''] ?? ids.person
    }
    const leaks: string[] = []
    let asked = 0
    for (const [template, operations] of Object.entries(doc.paths)) {
      const path = template
        .replace('{id}', idFor(template))
        .replace(/\{(version|other)\}/g, '1')
        .replace('{period}', '2024')
      for (const method of Object.keys(operations)) {
        const verb = method.toUpperCase()
        const reply = await b.send(verb, path, verb === 'GET' || verb === 'DELETE' ? undefined : {})
        asked += 1
        // A not-found answer may repeat the id the caller sent; nothing else of A's may appear.
        const sent = idFor(template)
        const text = JSON.stringify(reply.body ?? '')
          .replaceAll(template.includes('{id}') ? sent : '\u0000', '')
          .toLowerCase()
        const seen = secrets.filter((s) => text.includes(s.toLowerCase()))
        if (template.includes('{id}') && reply.status < 300)
          leaks.push(`${verb} ${template}: ${reply.status} for A's id`)
        if (seen.length > 0)
          leaks.push(`${verb} ${template} (${reply.status}) shows ${seen.join(', ')}`)
        if (reply.status >= 500) leaks.push(`${verb} ${template}: ${reply.status}`)
      }
    }
    expect(leaks).toEqual([])
    expect(asked).toBeGreaterThan(80)
  })

  it("refuses B's writes on A's rows as not found, and A's rows stay as they were", async () => {
    const { a, ids } = await workspaceA()
    const b = await workspaceB()
    const before = {
      person: (await a.get(`/v1/people/${ids.person}`)).body,
      account: (await a.get(`/v1/accounts/${ids.account}`)).body,
      opportunity: (await a.get(`/v1/opportunities/${ids.opportunity}`)).body,
      plan: (await a.get(`/v1/plans/${ids.plan}`)).body,
    }
    const attempts: [string, string, unknown][] = [
      ['PATCH', `/v1/people/${ids.person}`, { title: 'Taken over' }],
      ['POST', `/v1/people/${ids.person}/stage`, { toStage: 'mql' }],
      ['POST', `/v1/people/${ids.person}/assign`, { toEmail: 'maria@acme.com' }],
      ['PATCH', `/v1/accounts/${ids.account}`, { name: 'Taken over' }],
      ['POST', `/v1/accounts/${ids.account}/ip-ranges`, { cidr: '203.0.113.0/24' }],
      ['PATCH', `/v1/opportunities/${ids.opportunity}`, { name: 'Taken over' }],
      ['POST', `/v1/opportunities/${ids.opportunity}/stage`, { toStage: 'Closed Won' }],
      ['POST', `/v1/plans/${ids.plan}/what-if`, { set: ['mql_to_sql=0.5'] }],
      ['DELETE', `/v1/api-keys/${ids.key}`, undefined],
    ]
    for (const [method, path, body] of attempts) {
      const reply = await b.send(method, path, body)
      expect(reply.status, `${method} ${path}: ${JSON.stringify(reply.body)}`).toBe(404)
    }
    expect((await a.get(`/v1/people/${ids.person}`)).body).toEqual(before.person)
    expect((await a.get(`/v1/accounts/${ids.account}`)).body).toEqual(before.account)
    expect((await a.get(`/v1/opportunities/${ids.opportunity}`)).body).toEqual(before.opportunity)
    expect((await a.get(`/v1/plans/${ids.plan}`)).body).toEqual(before.plan)
    const keys = (await a.get('/v1/api-keys')).body.items.map((k: { id: string }) => k.id)
    expect(keys).toContain(ids.key)
    expect((await a.get('/v1/track/ip-ranges')).body.items).toEqual([])
  })
})
