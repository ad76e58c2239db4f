import pino from 'pino'
import { describe, expect, it } from 'vitest'
import type { Agreement } from '../core/agreement/index.ts'
import { agreementFixture } from '../../test/agreement-fixture.ts'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import { httpClient } from '../../test/http-client.ts'
import { createHttpApp } from './create-http-app.ts'

// The fixed clock's instant: the fixture's term started earlier, so a signed version takes force now.
const now = '2026-11-23T15:00:00.000Z'

describeEachBackend('HTTP agreements', (db) => {
  async function signedIn() {
    const { apiKey } = await db().workspace()
    const api = httpClient(db().storage, apiKey)
    const app = createHttpApp({
      storage: db().storage,
      clock: fixedClock(now),
      logger: pino({ level: 'silent' }),
      version: 'test',
    })
    // Rendered documents are not JSON, so they are read as text.
    const getText = async (path: string) => {
      const response = await app.request(path, { headers: { authorization: `Bearer ${apiKey}` } })
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        text: await response.text(),
      }
    }
    return { ...api, getText }
  }

  type Api = Awaited<ReturnType<typeof signedIn>>

  async function addSignatories(api: Api) {
    for (const user of [
      { email: 'maria@acme.com', name: 'Maria Marketing', role: 'marketing' },
      { email: 'sam@acme.com', name: 'Sam Sales', role: 'sales' },
    ]) {
      expect((await api.post('/v1/users', user)).status).toBe(201)
    }
  }

  const signerRoles: Record<string, string> = {
    'maria@acme.com': 'marketing',
    'sam@acme.com': 'sales',
    'sid@acme.com': 'sdr',
    'sue@acme.com': 'sales',
  }

  // A signatory signs with a key of their own; `as` names whose key sends the request.
  async function signAs(
    api: Api,
    signerEmail: string,
    options: { version?: number; as?: string } = {},
  ) {
    const owner = options.as ?? signerEmail
    const issued = await api.post('/v1/api-keys', {
      name: `signing ${owner}`,
      role: signerRoles[owner.toLowerCase()],
      userEmail: owner,
    })
    expect(issued.status).toBe(201)
    const headers = { authorization: `Bearer ${String(issued.body.key)}` }
    return api.post(`/v1/agreements/${options.version ?? 1}/signatures`, { signerEmail }, headers)
  }

  async function signedAgreement(api: Api) {
    await addSignatories(api)
    expect((await api.post('/v1/agreements', { document: agreementFixture() })).status).toBe(201)
    await signAs(api, 'maria@acme.com')
    const signed = await signAs(api, 'sam@acme.com')
    expect(signed.body.status).toBe('signed')
  }

  const withHotTarget = (withinBusinessHours: number): Agreement => {
    const document = agreementFixture()
    return {
      ...document,
      responseTargets: document.responseTargets.map((target) =>
        target.priority === 'hot' ? { ...target, withinBusinessHours } : target,
      ),
    }
  }

  it('drafts the agreement, takes one signature per side and serves the signed version in force', async () => {
    const api = await signedIn()
    await addSignatories(api)
    const drafted = await api.post('/v1/agreements', { document: agreementFixture() })
    expect(drafted).toMatchObject({
      status: 201,
      body: {
        version: { version: 1, status: 'draft', effectiveFrom: null, signatures: [] },
        warnings: [{ path: ['idealCustomerProfiles', 0, 'bestCustomers'] }, expect.anything()],
      },
    })
    expect(drafted.body.version.document).toEqual(agreementFixture())
    expect(drafted.body.version.createdBy).toMatch(/^api-key:/)

    const byAdmin = await api.post('/v1/agreements/1/signatures', { signerEmail: 'maria@acme.com' })
    expect(byAdmin).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } })
    expect(byAdmin.body.error.message).toMatch(/marketing, sales/)
    const onBehalf = await signAs(api, 'maria@acme.com', { as: 'sam@acme.com' })
    expect(onBehalf).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } })
    const marketing = await signAs(api, 'Maria@Acme.com', { as: 'maria@acme.com' })
    expect(marketing).toMatchObject({
      status: 201,
      body: {
        status: 'draft',
        effectiveFrom: null,
        signatures: [{ side: 'marketing', signerEmail: 'maria@acme.com', signedAt: now }],
      },
    })
    const again = await signAs(api, 'maria@acme.com')
    expect(again).toMatchObject({
      status: 403,
      body: { error: { code: 'agreement.signature_refused', details: { side: 'marketing' } } },
    })
    await api.post('/v1/users', { email: 'sid@acme.com', name: 'Sid SDR', role: 'sdr' })
    const sdr = await signAs(api, 'sid@acme.com')
    expect(sdr).toMatchObject({
      status: 403,
      body: { error: { code: 'auth.forbidden', details: { role: 'sdr' } } },
    })
    await api.post('/v1/users', { email: 'sue@acme.com', name: 'Sue Sales', role: 'sales' })
    const unlisted = await signAs(api, 'sue@acme.com')
    expect(unlisted).toMatchObject({
      status: 403,
      body: { error: { code: 'agreement.signature_refused', details: { side: 'sales' } } },
    })
    const nobody = await signAs(api, 'x@acme.com', { as: 'sam@acme.com' })
    expect(nobody).toMatchObject({ status: 404, body: { error: { code: 'user.not_found' } } })

    const sales = await signAs(api, 'sam@acme.com')
    expect(sales).toMatchObject({
      status: 201,
      body: {
        status: 'signed',
        effectiveFrom: now,
        signatures: [{ side: 'marketing' }, { side: 'sales' }],
      },
    })
    const revised = await api.send('PUT', '/v1/agreements/1', { document: withHotTarget(2) })
    expect(revised).toMatchObject({ status: 409, body: { error: { code: 'agreement.immutable' } } })
    const late = await signAs(api, 'sam@acme.com')
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'agreement.immutable' } } })

    const inForce = await api.get('/v1/agreements/in-force')
    expect(inForce).toMatchObject({ status: 200, body: { version: 1, status: 'signed' } })
    expect(inForce.body.document.name).toBe(agreementFixture().name)
    expect((await api.get('/v1/agreements/in-force?at=2026-11-23T14:59:59Z')).status).toBe(404)
    expect((await api.get('/v1/agreements/1')).body).toEqual(inForce.body)

    const html = await api.getText('/v1/agreements/in-force/document')
    expect(html).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' })
    expect(html.text).toMatch(/^<!doctype html>/)
    expect(html.text).toContain(agreementFixture().name)
    const markdown = await api.getText('/v1/agreements/in-force/document?format=markdown')
    expect(markdown).toMatchObject({ status: 200, type: 'text/markdown; charset=utf-8' })
    expect(markdown.text).toContain(`# ${agreementFixture().name}`)
    expect((await api.getText('/v1/agreements/1/document?format=markdown')).text).toBe(
      markdown.text,
    )
    expect((await api.get('/v1/agreements/1/document?format=pdf')).status).toBe(400)

    const list = await api.get('/v1/agreements')
    expect(list.body.items).toHaveLength(1)
    expect(list.body.items[0]).not.toHaveProperty('document')
    expect(list.body.items[0]).toEqual({
      version: 1,
      status: 'signed',
      effectiveFrom: now,
      signatures: inForce.body.signatures,
      createdBy: inForce.body.createdBy,
      createdAt: inForce.body.createdAt,
    })
  })

  it('records the version in force on stage events and moves leads only along its transitions', async () => {
    const api = await signedIn()
    await signedAgreement(api)
    const { body: person } = await api.post('/v1/people', { email: 'lead@acme.com' })
    expect(person.stage).toBe('inquiry')
    const history = await api.get(`/v1/people/${person.id}/stage-events`)
    expect(history.body.items).toMatchObject([{ toStage: 'inquiry', agreementVersion: 1 }])

    const skip = await api.post(`/v1/people/${person.id}/stage`, { toStage: 'sql' })
    expect(skip).toMatchObject({
      status: 409,
      body: {
        error: { code: 'funnel.invalid_transition', details: { from: 'inquiry', to: 'sql' } },
      },
    })
    const moved = await api.post(`/v1/people/${person.id}/stage`, { toStage: 'MQL' })
    expect(moved).toMatchObject({
      status: 201,
      body: {
        fromStage: 'inquiry',
        toStage: 'mql',
        agreementVersion: 1,
        implies: {
          ownerTeam: 'sdr',
          ownerTeamChanges: true,
          startClocks: [{ kind: 'first_response', limit: { kind: 'response_target' } }],
          stopClocks: [],
        },
      },
    })
    expect((await api.get(`/v1/people/${person.id}`)).body.stage).toBe('mql')
  })

  it('revises a draft and lists what changed between two versions', async () => {
    const api = await signedIn()
    await signedAgreement(api)
    const second = await api.post('/v1/agreements', { document: withHotTarget(2) })
    expect(second.body.version).toMatchObject({ version: 2, status: 'draft' })
    const revised = await api.send('PUT', '/v1/agreements/2', { document: withHotTarget(4) })
    expect(revised).toMatchObject({
      status: 200,
      body: { version: { version: 2, status: 'draft' } },
    })
    expect(revised.body.version.document.responseTargets[0].withinBusinessHours).toBe(4)

    const diff = await api.get('/v1/agreements/1/diff/2')
    expect(diff).toMatchObject({
      status: 200,
      body: {
        changes: [
          {
            path: ['responseTargets', 'hot', 'withinBusinessHours'],
            kind: 'changed',
            before: 1,
            after: 4,
          },
        ],
      },
    })
    expect((await api.get('/v1/agreements/2/diff/1')).body.changes[0]).toMatchObject({
      before: 4,
      after: 1,
    })
    expect((await api.get('/v1/agreements/1/diff/1')).body).toEqual({ changes: [] })
    expect(
      (await api.get('/v1/agreements')).body.items.map((v: { version: number }) => v.version),
    ).toEqual([1, 2])
    expect((await api.get('/v1/agreements/in-force')).body.version).toBe(1)
  })

  it('answers 422 agreement.invalid naming where a document contradicts itself', async () => {
    const api = await signedIn()
    const document = agreementFixture()
    const [first, ...rest] = document.funnel.transitions
    const reply = await api.post('/v1/agreements', {
      document: {
        ...document,
        funnel: {
          ...document.funnel,
          transitions: [{ ...first, to: ['mql', 'customer'] }, ...rest],
        },
      },
    })
    expect(reply).toMatchObject({ status: 422, body: { error: { code: 'agreement.invalid' } } })
    expect(reply.body.error.details.errors[0].path).toEqual(['funnel', 'transitions', 0, 'to', 1])
    expect(reply.body.error.details.warnings).toHaveLength(2)
    expect((await api.get('/v1/agreements')).body.items).toEqual([])
  })

  it.each([
    ['an unknown key in the document', { document: { ...agreementFixture(), colour: 'red' } }],
    ['no document', {}],
    ['a document field of the wrong type', { document: { ...agreementFixture(), name: 42 } }],
  ])('answers 400 request.invalid for %s', async (_case, body) => {
    const api = await signedIn()
    const reply = await api.post('/v1/agreements', body)
    expect(reply).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
  })

  it('names the unknown document key in the 400 details', async () => {
    const api = await signedIn()
    const reply = await api.post('/v1/agreements', {
      document: { ...agreementFixture(), colour: 'red' },
    })
    const fields = reply.body.error.details.issues.map((i: { field: string }) => i.field)
    expect(fields).toContain('document.colour')
  })

  it.each([
    ['GET', '/v1/agreements/0'],
    ['GET', '/v1/agreements/one'],
    ['GET', '/v1/agreements/1.5'],
    ['GET', '/v1/agreements/99999999999'],
    ['GET', '/v1/agreements/1/diff/x'],
    ['GET', '/v1/agreements/in-force?at=yesterday'],
  ])('answers 400 request.invalid for %s %s', async (method, path) => {
    const api = await signedIn()
    expect((await api.send(method, path)).body.error.code).toBe('request.invalid')
  })

  it('answers 404 agreement.not_found for a version that does not exist', async () => {
    const api = await signedIn()
    await api.post('/v1/agreements', { document: agreementFixture() })
    for (const [method, path, body] of [
      ['GET', '/v1/agreements/2', undefined],
      ['PUT', '/v1/agreements/2', { document: agreementFixture() }],
      ['GET', '/v1/agreements/2/document', undefined],
      ['GET', '/v1/agreements/1/diff/2', undefined],
      ['GET', '/v1/agreements/2/diff/1', undefined],
    ] as const) {
      const reply = await api.send(method, path, body)
      expect(reply, `${method} ${path}`).toMatchObject({
        status: 404,
        body: { error: { code: 'agreement.not_found' } },
      })
    }
    await addSignatories(api)
    expect(await signAs(api, 'maria@acme.com', { version: 2 })).toMatchObject({
      status: 404,
      body: { error: { code: 'agreement.not_found' } },
    })
  })

  it('answers 404 agreement.none_in_force until both sides have signed', async () => {
    const api = await signedIn()
    expect(await api.get('/v1/agreements/in-force')).toMatchObject({
      status: 404,
      body: { error: { code: 'agreement.none_in_force' } },
    })
    await addSignatories(api)
    await api.post('/v1/agreements', { document: agreementFixture() })
    await signAs(api, 'maria@acme.com')
    expect((await api.get('/v1/agreements/in-force')).status).toBe(404)
    const document = await api.getText('/v1/agreements/in-force/document')
    expect(document.status).toBe(404)
    expect(JSON.parse(document.text).error.code).toBe('agreement.none_in_force')
  })

  it("never shows another workspace's agreement", async () => {
    const a = await signedIn()
    const b = await signedIn()
    await signedAgreement(a)
    expect((await b.get('/v1/agreements/1')).status).toBe(404)
    expect((await b.get('/v1/agreements/in-force')).status).toBe(404)
    expect((await b.get('/v1/agreements')).body.items).toEqual([])
  })

  it('documents the agreement and user routes, with the 403 refusal, in /openapi.json', async () => {
    const doc = await httpClient(db().storage).get('/openapi.json')
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/agreements',
        '/v1/agreements/in-force',
        '/v1/agreements/in-force/document',
        '/v1/agreements/{version}',
        '/v1/agreements/{version}/signatures',
        '/v1/agreements/{version}/document',
        '/v1/agreements/{version}/diff/{other}',
        '/v1/users',
      ]),
    )
    const sign = doc.body.paths['/v1/agreements/{version}/signatures'].post
    expect(Object.keys(sign.responses)).toEqual(expect.arrayContaining(['201', '403', '409']))
    expect(doc.body.components.schemas.Agreement.required).toContain('signatories')
  })

  describe('users', () => {
    it('adds users and lists them by email', async () => {
      const api = await signedIn()
      const added = await api.post('/v1/users', {
        email: 'Sam@Acme.com',
        name: 'Sam Sales',
        role: 'sales',
      })
      expect(added).toMatchObject({
        status: 201,
        body: { email: 'sam@acme.com', name: 'Sam Sales', role: 'sales', active: true },
      })
      expect(added.body.id).toMatch(/^[0-9a-f-]{36}$/)
      await api.post('/v1/users', { email: 'ana@acme.com', name: 'Ana', role: 'viewer' })
      const list = await api.get('/v1/users')
      expect(list.body.items.map((u: { email: string }) => u.email)).toEqual([
        'ana@acme.com',
        'sam@acme.com',
      ])
    })

    it('answers 409 user.email_taken for an email already in the workspace', async () => {
      const api = await signedIn()
      await api.post('/v1/users', { email: 'sam@acme.com', name: 'Sam', role: 'sales' })
      const again = await api.post('/v1/users', {
        email: 'SAM@acme.com',
        name: 'Sam',
        role: 'admin',
      })
      expect(again).toMatchObject({ status: 409, body: { error: { code: 'user.email_taken' } } })
    })

    it.each([
      ['an unknown role', { email: 'a@acme.com', name: 'A', role: 'boss' }],
      ['an invalid email', { email: 'not-an-email', name: 'A', role: 'sales' }],
      ['a blank name', { email: 'a@acme.com', name: '  ', role: 'sales' }],
      ['an unknown field', { email: 'a@acme.com', name: 'A', role: 'sales', team: 'x' }],
    ])('answers 400 request.invalid for %s', async (_case, body) => {
      const api = await signedIn()
      const reply = await api.post('/v1/users', body)
      expect(reply).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } })
      expect((await api.get('/v1/users')).body.items).toEqual([])
    })
  })
})
