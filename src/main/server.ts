import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import pino from 'pino'
import type { Output } from '../cli/output.ts'
import type { Config } from '../config.ts'
import { openStorage } from '../db/open-storage.ts'
import { createHttpApp } from '../http/create-http-app.ts'
import { startBackgroundWork } from './background-work.ts'
import { systemClock } from './local-backend.ts'
import { openWorkspace } from './open-workspace.ts'
import { storageTarget } from './storage-target.ts'
import { version } from './version.ts'

export type RunningServer = { readonly url: string; close(): Promise<void> }

function listen(server: ServerType): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.once('listening', () => resolve(server.address() as AddressInfo))
  })
}

/** Opens the database (migrating it), makes sure a workspace exists, and serves the API. */
export async function startServer(config: Config, out: Output): Promise<RunningServer> {
  const opened = await openStorage(storageTarget(config), 'serve')
  try {
    const dataDir = config.databaseUrl === undefined ? config.dataDir : undefined
    await openWorkspace(opened.storage, { dataDir, out })
    // Keys and webhook secrets never reach the log, wherever they sit in a logged object.
    const redact = ['*.authorization', '*.secret', '*.webhookSecret', '*.apiKey', '*.key']
    const logger = pino({ level: config.logLevel, base: { service: 'baton' }, redact })
    const app = createHttpApp({
      storage: opened.storage,
      clock: systemClock,
      logger,
      version,
      webRoot: fileURLToPath(new URL('../../web/dist/', import.meta.url)),
      apiRateLimit: config.apiRateLimit,
    })
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host })
    const address = await listen(server)
    const background = startBackgroundWork({ storage: opened.storage, clock: systemClock, logger })
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
    const url = `http://${host}:${address.port}`
    opened.lock?.describe({ url })
    out.stdout(`Baton ${version} is listening on ${url} (database: ${opened.location})\n`)
    return {
      url,
      async close() {
        await new Promise<void>((resolve) => server.close(() => resolve()))
        await background.stop()
        await opened.close()
      },
    }
  } catch (error) {
    await opened.close()
    throw error
  }
}

/** Serves until SIGINT or SIGTERM, then closes the database cleanly. */
export async function serveUntilStopped(config: Config, out: Output): Promise<void> {
  const running = await startServer(config, out)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  out.stdout('Baton is stopping\n')
  await running.close()
  out.stdout('Baton stopped\n')
}
