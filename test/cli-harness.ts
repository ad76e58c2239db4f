import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import pino from 'pino'
import { runCli } from '../src/cli/create-program.ts'
import type { CliBackend } from '../src/cli/cli-backend.ts'
import { createHttpApp } from '../src/http/create-http-app.ts'
import { systemClock } from '../src/main/local-backend.ts'
import type { TestDatabase } from './database.ts'

type Closable = { close(callback: () => void): void }

/** Serves the HTTP API on the test database at a free local port; `stop` closes every server. */
export function apiServers() {
  const servers: Closable[] = []
  return {
    async start(db: TestDatabase): Promise<string> {
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
    },
    stop: () =>
      Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))),
  }
}

/** Runs the CLI in process on a given backend, capturing stdout, stderr and the exit code. */
export function cliOn(backend: CliBackend) {
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
