import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import pino from 'pino'
import { afterAll, expect, it } from 'vitest'
import { issueApiKey } from '../../app/access/api-keys.ts'
import type { UseCaseContext } from '../../app/context.ts'
import { reviewNewPeople } from '../../app/duplicates/review-new-people.ts'
import { createAccount } from '../../app/records/accounts.ts'
import { createPerson } from '../../app/records/people.ts'
import { createHttpApp } from '../../http/create-http-app.ts'
import { localBackend, systemClock } from '../../main/local-backend.ts'
import { describeEachBackend, type TestDatabase } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { apiClient } from '../api-client.ts'
import type { CliBackend } from '../cli-backend.ts'
import { runCli } from '../create-program.ts'

const servers: { close(callback: () => void): void }[] = []
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))))
})

async function serveApi(db: TestDatabase): Promise<string> {
  const app = createHttpApp({
    storage: db.storage,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    version: 'test',
  })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  servers.push(server)
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function cli(backend: CliBackend) {
  return async (...argv: string[]) => {
    const stdout: string[] = []
    const stderr: string[] = []
    const code = await runCli(argv, {
      out: { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) },
      version: 'test',
      openBackend: () => Promise.resolve(backend),
      serve: () => Promise.resolve(),
      migrate: () => Promise.resolve({ location: '', applied: [] }),
    })
    return { code, out: stdout.join(''), err: stderr.join('') }
  }
}

describeEachBackend('baton duplicates', (db) => {
  async function workspaceWithPair() {
    const { store, slug, apiKey } = await db().workspace()
    const workspace = await db().storage.workspaces.findBySlug(slug)
    if (!workspace) throw new Error('no workspace')
    const ctx: UseCaseContext = { store, clock: fixedClock(), actor: 'intake', role: 'admin' }
    const acme = (await createAccount(ctx, { name: 'Acme', domain: 'acme.com' })).id
    const fields = { firstName: 'Bo', lastName: 'Lind', accountId: acme }
    const bo = (await createPerson(ctx, { ...fields, email: 'bo@acme.com' })).id
    const again = (await createPerson(ctx, { ...fields, email: 'blind@acme.com' })).id
    await reviewNewPeople(ctx, store, [again])
    const local = localBackend(db().storage, workspace, {
      description: 'test',
      close: () => Promise.resolve(),
    })
    return { bo, again, local, apiKey, workspaceId: workspace.id }
  }

  it('lists, dismisses, merges and unmerges on the database', async () => {
    const { bo, again, local } = await workspaceWithPair()
    const run = cli(local)
    const listed = await run('duplicates', 'list')
    expect(listed.code).toBe(0)
    expect(listed.out).toMatch(/candidate\s+tier\s+score\s+person a\s+person b\s+agreed/)
    expect(listed.out).toContain('first_name,last_name,company')
    const json = JSON.parse((await run('duplicates', 'list', '--json')).out)
    expect(json.items).toHaveLength(1)
    const dismissed = await run('duplicates', 'dismiss', json.items[0].id)
    expect(dismissed).toMatchObject({ code: 0, out: expect.stringContaining('different people') })
    expect((await run('duplicates', 'list')).out).toBe('no open duplicates\n')
    const merged = await run('duplicates', 'merge', again, bo)
    expect(merged).toMatchObject({
      code: 0,
      out: `merged ${again} into ${bo} (the older record); filled nothing\n`,
    })
    const unmerged = await run('duplicates', 'unmerge', again)
    expect(unmerged).toMatchObject({ code: 0, out: `unmerged ${again} from ${bo}\n` })
  })

  it('exits non-zero naming the error on bad input', async () => {
    const { bo, again, local } = await workspaceWithPair()
    const run = cli(local)
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect(await run('duplicates', 'merge', bo, bo)).toMatchObject({
      code: 2,
      err: expect.stringContaining('[duplicate.same_person]'),
    })
    expect((await run('duplicates', 'merge', bo, unknown)).code).toBe(4)
    expect((await run('duplicates', 'merge', bo, 'not-an-id')).code).toBe(2)
    expect((await run('duplicates', 'dismiss', unknown)).code).toBe(4)
    expect((await run('duplicates', 'unmerge', bo)).code).toBe(5)
    expect((await run('duplicates', 'merge', bo)).code).toBe(2)
    await run('duplicates', 'merge', bo, again)
    const twice = await run('duplicates', 'merge', again, bo, '--json')
    expect(twice.code).toBe(5)
    expect(JSON.parse(twice.err)).toMatchObject({ error: { code: 'duplicate.already_merged' } })
  })

  it('works the same through a running server, where only an admin key may unmerge', async () => {
    const { bo, again, apiKey, workspaceId } = await workspaceWithPair()
    const url = await serveApi(db())
    const run = cli(apiClient(url, apiKey))
    const json = JSON.parse((await run('duplicates', 'list', '--json', '--limit', '1')).out)
    expect(json.items[0].personA.createdAt).toMatch(/^\d{4}-/)
    expect((await run('duplicates', 'merge', bo, again)).code).toBe(0)
    const sales = await issueApiKey(db().storage.apiKeys, workspaceId, {
      name: 'sales',
      role: 'sales',
    })
    expect(await cli(apiClient(url, sales.key))('duplicates', 'unmerge', again)).toMatchObject({
      code: 3,
      err: expect.stringContaining('[auth.forbidden]'),
    })
    expect((await run('duplicates', 'unmerge', again)).code).toBe(0)
    expect((await run('duplicates', 'dismiss', json.items[0].id)).code).toBe(0)
  })
})
