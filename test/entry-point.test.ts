import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acquireEmbeddedLock } from '../src/db/embedded-lock.ts'
import { runBaton, startBaton, type RunningBaton } from './baton-process.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-entry-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('npm start', { timeout: 120_000 }, () => {
  it('serves /health and /openapi.json on a fresh embedded database, then stops cleanly', async () => {
    const db = path.join(dir, 'fresh', 'db')
    const server = await startBaton('npm', ['start', '--silent'], { PORT: '0', BATON_DB: db })
    try {
      const health = await fetch(`${server.url}/health`)
      expect(await health.json()).toEqual({ status: 'ok', database: 'embedded' })
      const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
        openapi: string
        paths: object
      }
      expect(doc.openapi).toBe('3.1.0')
      expect(Object.keys(doc.paths)).toContain('/v1/people')
      expect(server.output()).toMatch(/First admin API key, shown once/)
      expect((await stat(`${db}.key`)).mode & 0o777).toBe(0o600)
    } finally {
      await server.stop()
    }
    expect(server.output()).toContain('Baton stopped')
    const after = await runBaton(['person', 'list', '--db', db])
    expect(after.code).toBe(0)
  })
})

describe('one process per embedded database', { timeout: 120_000 }, () => {
  let server: RunningBaton
  const db = () => path.join(dir, 'shared', 'db')

  beforeAll(async () => {
    server = await startBaton(
      process.execPath,
      ['bin/baton.js', 'serve', '--port', '0', '--db', db()],
      {},
    )
  })
  afterAll(async () => {
    expect(await server.stop()).toBe(0)
  })

  it('refuses a second server on the same directory, naming the holder', async () => {
    const second = await runBaton(['serve', '--port', '0', '--db', db()])
    expect(second.code).toBe(75)
    expect(second.stderr).toContain(`in use by process ${String(server.child.pid)}`)
    expect(second.stderr).toContain('[store.locked]')
  })

  it('loses no write when the server and the CLI write at once', async () => {
    const key = /^\s+(bk_\S+)$/m.exec(server.output())?.[1] ?? ''
    const viaHttp = Array.from({ length: 30 }, (_, i) =>
      fetch(`${server.url}/v1/people`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ email: `http-${i}@acme.com` }),
      }).then((response) => response.status),
    )
    const viaCli = Array.from({ length: 4 }, (_, i) =>
      runBaton(['person', 'add', '--email', `cli-${i}@acme.com`, '--db', db()]),
    )
    const statuses = await Promise.all(viaHttp)
    const cli = await Promise.all(viaCli)
    expect(statuses.every((status) => status === 201)).toBe(true)
    expect(cli.map((run) => run.code)).toEqual([0, 0, 0, 0])
    const listed = await runBaton(['person', 'list', '--limit', '500', '--json', '--db', db()])
    const emails = (JSON.parse(listed.stdout) as { items: { email: string }[] }).items.map(
      (p) => p.email,
    )
    expect(emails).toHaveLength(34)
    expect(new Set(emails).size).toBe(34)
    expect(server.output().match(/"path":"\/v1\/people","status":201/g)).toHaveLength(34)
  })

  it('stops a CLI command when another CLI command holds the directory', async () => {
    const other = path.join(dir, 'busy', 'db')
    const lock = await acquireEmbeddedLock(other, 'import')
    try {
      const run = await runBaton(['person', 'list', '--db', other])
      expect(run.code).toBe(75)
      expect(run.stderr).toContain('(baton import)')
    } finally {
      await lock.release()
    }
  })
})

describe('after a crash', { timeout: 120_000 }, () => {
  it('frees the directory the moment the server dies, even on SIGKILL', async () => {
    const db = path.join(dir, 'crash', 'db')
    const server = await startBaton(
      process.execPath,
      ['bin/baton.js', 'serve', '--port', '0', '--db', db],
      {},
    )
    expect(await server.stop('SIGKILL')).toBeNull()
    const run = await runBaton(['person', 'add', '--email', 'after@crash.com', '--db', db])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })
})
