import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import { createHttpApp } from './create-http-app.ts'

let webRoot: string
beforeAll(async () => {
  webRoot = await mkdtemp(path.join(tmpdir(), 'baton-web-'))
  await mkdir(path.join(webRoot, 'assets'))
  await writeFile(path.join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>')
  await writeFile(path.join(webRoot, 'assets', 'index-abc.js'), 'console.log(1)')
})
afterAll(() => rm(webRoot, { recursive: true, force: true }))

describeEachBackend('the dashboard at /', (db) => {
  const app = (root: string) =>
    createHttpApp({
      storage: db().storage,
      clock: fixedClock(),
      logger: pino({ level: 'silent' }),
      version: 'test',
      webRoot: root,
    })

  it("serves index.html at / and at every page's path, and the hashed assets for good", async () => {
    for (const page of ['/', '/leads/6f1c', '/agreement?tab=draft']) {
      const reply = await app(webRoot).request(page)
      expect(reply.status).toBe(200)
      expect(reply.headers.get('content-type')).toMatch(/text\/html/)
      expect(reply.headers.get('cache-control')).toBe('no-cache')
      expect(await reply.text()).toContain('id="root"')
    }
    const asset = await app(webRoot).request('/assets/index-abc.js')
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toContain('immutable')
  })

  it('leaves the API alone: unknown API paths and missing assets are 404s in the error shape', async () => {
    const health = await app(webRoot).request('/health')
    expect(await health.json()).toMatchObject({ status: 'ok' })
    const asset = await app(webRoot).request('/assets/gone.js')
    expect(asset.status).toBe(404)
    expect(await asset.json()).toMatchObject({ error: { code: 'request.not_found' } })
    for (const api of ['/v1/nothing-here', '/v1/people']) {
      const reply = await app(webRoot).request(api)
      expect(reply.status).toBe(401)
      expect(await reply.json()).toMatchObject({ error: { code: 'auth.missing_key' } })
    }
  })

  it('says how to build the dashboard when it is not built', async () => {
    const reply = await app(path.join(webRoot, 'absent')).request('/overview')
    expect(reply.status).toBe(503)
    expect(await reply.text()).toContain('npm run build:web')
  })
})
