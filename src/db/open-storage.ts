import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Storage } from '../app/ports.ts'
import { AppError } from '../core/shared/index.ts'
import { acquireEmbeddedLock, type EmbeddedLock } from './embedded-lock.ts'
import { migrateToLatest, type MigrationReport } from './migrate.ts'
import { openEmbedded, openServer, type OpenedDatabase } from './open-database.ts'
import { createStorage } from './storage.ts'

export type StorageTarget =
  | { readonly kind: 'embedded'; readonly dataDir: string }
  | { readonly kind: 'server'; readonly url: string }

export type OpenStorage = {
  readonly storage: Storage
  readonly migrations: MigrationReport
  /** Where the data lives, for messages: a directory or the server URL without its password. */
  readonly location: string
  /** Present on the embedded database: tell waiting processes how to reach this one. */
  readonly lock?: EmbeddedLock
  close(): Promise<void>
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')
}

async function openDatabase(target: StorageTarget): Promise<OpenedDatabase> {
  if (target.kind === 'server') return openServer(target.url)
  await mkdir(path.dirname(target.dataDir), { recursive: true })
  return openEmbedded(target.dataDir)
}

/**
 * Opens Baton's database and brings its schema up to date: a PostgreSQL server, or the embedded one
 * under an exclusive directory lock (throws `store.locked` naming the holder when it is taken).
 */
export async function openStorage(target: StorageTarget, command: string): Promise<OpenStorage> {
  const lock =
    target.kind === 'embedded' ? await acquireEmbeddedLock(target.dataDir, command) : undefined
  let opened: OpenedDatabase | undefined
  try {
    opened = await openDatabase(target)
    const migrations = await migrateToLatest(opened.db)
    const storage = createStorage(opened)
    return {
      storage,
      migrations,
      location: target.kind === 'server' ? redact(target.url) : target.dataDir,
      ...(lock ? { lock } : {}),
      async close() {
        await storage.close()
        await lock?.release()
      },
    }
  } catch (error) {
    await opened?.db.destroy().catch(() => undefined)
    await lock?.release()
    if (error instanceof AppError) throw error
    const where = target.kind === 'server' ? redact(target.url) : target.dataDir
    throw new AppError(
      'store.unavailable',
      `Could not open the database at ${where}: ${(error as Error).message}`,
      {
        cause: error,
      },
    )
  }
}
