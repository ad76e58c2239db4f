import { apiClient } from '../cli/api-client.ts'
import type { CliBackend } from '../cli/cli-backend.ts'
import { runCli } from '../cli/create-program.ts'
import { processOutput } from '../cli/output.ts'
import type { GlobalOptions, ProgramDeps } from '../cli/program-deps.ts'
import { loadConfig, type Config } from '../config.ts'
import { AppError, isAppError } from '../core/shared/index.ts'
import { findLockOwner } from '../db/embedded-lock.ts'
import { openStorage } from '../db/open-storage.ts'
import { localBackend } from './local-backend.ts'
import { readLocalKey } from './local-key.ts'
import { openWorkspace } from './open-workspace.ts'
import { storageTarget } from './storage-target.ts'
import { version } from './version.ts'

const out = processOutput

function configOf(options: GlobalOptions & { port?: string; host?: string }): Config {
  return loadConfig({
    db: options.db,
    databaseUrl: options.databaseUrl,
    apiKey: options.apiKey,
    port: options.port,
    host: options.host,
  })
}

// A running server holds the embedded database: talk to its API instead of opening the directory twice.
async function serverBackend(config: Config): Promise<CliBackend | undefined> {
  if (config.databaseUrl !== undefined) return undefined
  const owner = await findLockOwner(config.dataDir)
  if (owner?.url === undefined) return undefined
  const key = config.apiKey ?? (await readLocalKey(config.dataDir))
  if (key === undefined) {
    throw new AppError(
      'auth.missing_key',
      `The database ${config.dataDir} is held by the Baton server at ${owner.url}; pass its API key with --api-key or BATON_API_KEY.`,
    )
  }
  return apiClient(owner.url, key)
}

async function openBackend(options: GlobalOptions): Promise<CliBackend> {
  const config = configOf(options)
  const remote = await serverBackend(config)
  if (remote) return remote
  let opened
  try {
    opened = await openStorage(storageTarget(config), 'cli')
  } catch (error) {
    // A server may have taken the lock between the look and the open.
    const late = isAppError(error, 'store.locked') ? await serverBackend(config) : undefined
    if (late) return late
    throw error
  }
  try {
    const dataDir = config.databaseUrl === undefined ? config.dataDir : undefined
    const workspace = await openWorkspace(opened.storage, { slug: options.workspace, dataDir, out })
    return localBackend(opened.storage, workspace, {
      description: opened.location,
      close: () => opened.close(),
    })
  } catch (error) {
    await opened.close()
    throw error
  }
}

const deps: ProgramDeps = {
  out,
  version,
  openBackend,
  // Loaded on demand: commands other than serve never pay for the HTTP stack.
  async serve(options) {
    const { serveUntilStopped } = await import('./server.ts')
    await serveUntilStopped(configOf(options), out)
  },
  async migrate(options) {
    const opened = await openStorage(storageTarget(configOf(options)), 'migrate')
    await opened.close()
    return { location: opened.location, ...opened.migrations }
  },
}

process.exitCode = await runCli(process.argv.slice(2), deps)
