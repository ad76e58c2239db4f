import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient } from '../../test/http-client.ts'
import { publicPaths } from './public-paths.ts'

describeEachBackend('HTTP API keys and users', (db) => {
  async function asAdmin() {
    const { apiKey } = await db().workspace()
    return httpClient(db().storage, apiKey)
  }

  it('issues a key once, lists it hashed with its last use, and revokes it at once', async () => {
    const admin = await asAdmin()
    const issued = await admin.post('/v1/api-keys', { name: 'website forms', role: 'marketing' })
    expect(issued).toMatchObject({
      status: 201,
      body: { name: 'website forms', role: 'marketing', userId: null },
    })
    const key = String(issued.body.key)
    expect(key).toMatch(/^bk_[a-z0-9]{12}_/)
    const before = (await admin.get('/v1/api-keys')).body.items
    const listed = before.find((k: { id: string }) => k.id === issued.body.id)
    expect(listed).toMatchObject({ role: 'marketing', lastUsedAt: null, revokedAt: null })
    expect(JSON.stringify(before)).not.toContain(key.slice(17))

    const marketing = httpClient(db().storage, key)
    expect((await marketing.get('/v1/people')).status).toBe(200)
    const after = (await admin.get('/v1/api-keys')).body.items
    expect(after.find((k: { id: string }) => k.id === issued.body.id).lastUsedAt).toMatch(/^20/)

    const revoked = await admin.send('DELETE', `/v1/api-keys/${String(issued.body.id)}`)
    expect(revoked).toMatchObject({ status: 200, body: { revokedAt: expect.any(String) } })
    expect(await marketing.get('/v1/people')).toMatchObject({
      status: 401,
      body: { error: { code: 'auth.invalid_key' } },
    })
  })

  it('lets only admins manage keys and users, naming who may', async () => {
    const admin = await asAdmin()
    const sales = httpClient(
      db().storage,
      String((await admin.post('/v1/api-keys', { name: 'rep', role: 'sales' })).body.key),
    )
    for (const [method, path, body] of [
      ['GET', '/v1/api-keys', undefined],
      ['POST', '/v1/api-keys', { name: 'mine', role: 'admin' }],
      ['POST', '/v1/users', { email: 'x@acme.com', name: 'X', role: 'admin' }],
      ['POST', '/v1/users/disable', { email: 'x@acme.com' }],
    ] as const) {
      const reply = await sales.send(method, path, body)
      expect(reply, `${method} ${path}`).toMatchObject({
        status: 403,
        body: { error: { code: 'auth.forbidden', details: { role: 'sales' } } },
      })
      expect(reply.body.error.message).toMatch(/roles that may: admin\b/)
    }
  })

  it("stops a disabled user's keys and ties a key to its user", async () => {
    const admin = await asAdmin()
    await admin.post('/v1/users', { email: 'sam@acme.com', name: 'Sam Sales', role: 'sales' })
    const issued = await admin.post('/v1/api-keys', {
      name: 'sam',
      role: 'sales',
      userEmail: 'Sam@Acme.com',
    })
    expect(issued.body.userId).toMatch(/^[0-9a-f-]{36}$/)
    const sam = httpClient(db().storage, String(issued.body.key))
    expect((await sam.get('/v1/people')).status).toBe(200)
    const disabled = await admin.post('/v1/users/disable', { email: 'sam@acme.com' })
    expect(disabled).toMatchObject({ status: 200, body: { active: false } })
    expect((await sam.get('/v1/people')).body.error.code).toBe('auth.invalid_key')
    const ghost = await admin.post('/v1/api-keys', {
      name: 'ghost',
      role: 'sales',
      userEmail: 'ghost@acme.com',
    })
    expect(ghost.body.error.code).toBe('user.not_found')
    const missing = await admin.send('DELETE', '/v1/api-keys/0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a')
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'api_key.not_found' } } })
  })

  it("never revokes or lists another workspace's keys", async () => {
    const a = await asAdmin()
    const b = await asAdmin()
    const issued = await a.post('/v1/api-keys', { name: 'a', role: 'viewer' })
    expect((await b.send('DELETE', `/v1/api-keys/${String(issued.body.id)}`)).status).toBe(404)
    const ids = (await b.get('/v1/api-keys')).body.items.map((k: { id: string }) => k.id)
    expect(ids).not.toContain(issued.body.id)
  })

  it('answers only the public paths without a key: every other route in /openapi.json is 401', async () => {
    const anonymous = httpClient(db().storage)
    const doc = (await anonymous.get('/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>
    }
    const id = '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a'
    let checked = 0
    for (const [template, operations] of Object.entries(doc.paths)) {
      const path = template.replace(/\{[^}]+\}/g, id)
      for (const method of Object.keys(operations)) {
        const verb = method.toUpperCase()
        const reply = await anonymous.send(verb, path, verb === 'GET' ? undefined : {})
        const open = (publicPaths as readonly string[]).includes(template)
        if (open) expect(reply.status, `${method} ${template}`).not.toBe(401)
        else {
          expect(reply, `${method} ${template}`).toMatchObject({
            status: 401,
            body: { error: { code: 'auth.missing_key' } },
          })
          checked += 1
        }
      }
    }
    expect(checked).toBeGreaterThan(30)
  })
})
