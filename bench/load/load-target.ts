import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql, type Kysely } from 'kysely'
import type { Storage } from '../../src/app/ports.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { openEmbedded, openServer } from '../../src/db/open-database.ts'
import type { Database } from '../../src/db/schema.ts'
import { createStorage } from '../../src/db/storage.ts'

export type LoadBackend = 'pglite' | 'postgres'

/** Where one run's data lives: what `baton serve` is pointed at, and how to open it in-process. */
export type LoadTarget = {
  readonly backend: LoadBackend
  readonly server: { readonly dataDir: string } | { readonly databaseUrl: string }
  /** Opens the database (migrated) in this process; only while the server is stopped, for PGlite. */
  open(): Promise<{ readonly db: Kysely<Database>; readonly storage: Storage }>
  drop(): Promise<void>
}

async function opened(open: () => Promise<{ db: Kysely<Database>; kind: 'embedded' | 'server' }>) {
  const database = await open()
  await migrateToLatest(database.db)
  return { db: database.db, storage: createStorage(database) }
}

/** A fresh embedded database directory, removed by drop(). */
export async function embeddedTarget(): Promise<LoadTarget> {
  const dir = await mkdtemp(path.join(tmpdir(), 'baton-bench-load-'))
  const dataDir = path.join(dir, 'db')
  return {
    backend: 'pglite',
    server: { dataDir },
    open: () => opened(() => openEmbedded(dataDir)),
    drop: () => rm(dir, { recursive: true, force: true }),
  }
}

/**
 * A throwaway schema on the PostgreSQL server at `url` (dropped by drop()); the server process
 * reaches it through the connection's search_path option.
 */
export async function postgresTarget(url: string): Promise<LoadTarget> {
  const schema = `bench_load_${randomBytes(6).toString('hex')}`
  const admin = openServer(url)
  await sql`CREATE SCHEMA ${sql.id(schema)}`.execute(admin.db)
  await admin.db.destroy()
  const searchPath = `${schema},public`
  const withPath = new URL(url)
  withPath.searchParams.set('options', `-c search_path=${searchPath}`)
  return {
    backend: 'postgres',
    server: { databaseUrl: withPath.toString() },
    open: () => opened(() => Promise.resolve(openServer(url, { searchPath }))),
    async drop() {
      const cleanup = openServer(url)
      await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(cleanup.db)
      await cleanup.db.destroy()
    },
  }
}
