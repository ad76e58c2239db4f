import { randomBytes } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { sql, type Kysely } from 'kysely'
import type { Storage } from '../../src/app/ports.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { fromPglite, openServer, pgliteExtensions } from '../../src/db/open-database.ts'
import type { Database } from '../../src/db/schema.ts'
import { createStorage } from '../../src/db/storage.ts'
import { copyLoader, createCopyTable, insertLoader, type BulkLoader } from './bulk-load.ts'

export type BenchBackend = 'pglite' | 'postgres'

/** A fresh, migrated database with an empty person_copy table, and how to bulk-load into it. */
export type BenchDatabase = {
  readonly backend: BenchBackend
  readonly db: Kysely<Database>
  readonly storage: Storage
  readonly loader: BulkLoader
  close(): Promise<void>
}

const dateOid = 1082

/** Embedded in memory, opened as `openEmbedded('memory://')` does, keeping the client for COPY. */
export async function openPgliteBench(): Promise<BenchDatabase> {
  const client = await PGlite.create('memory://', {
    extensions: pgliteExtensions,
    parsers: { [dateOid]: (value: string) => value },
  })
  const opened = fromPglite(client)
  await migrateToLatest(opened.db)
  await createCopyTable(opened.db)
  const storage = createStorage(opened)
  return {
    backend: 'pglite',
    db: opened.db,
    storage,
    loader: copyLoader(client),
    close: () => storage.close(),
  }
}

/** A throwaway schema on the server (as test/database.ts makes one), dropped on close. */
export async function openPostgresBench(url: string): Promise<BenchDatabase> {
  const schema = `bench_intake_${randomBytes(6).toString('hex')}`
  const admin = openServer(url)
  await sql`CREATE SCHEMA ${sql.id(schema)}`.execute(admin.db)
  await admin.db.destroy()
  const opened = openServer(url, { searchPath: `${schema},public` })
  const storage = createStorage(opened)
  const drop = async () => {
    const cleanup = openServer(url)
    await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(cleanup.db)
    await cleanup.db.destroy()
  }
  try {
    await migrateToLatest(opened.db)
    await createCopyTable(opened.db)
  } catch (error) {
    await storage.close()
    await drop()
    throw error
  }
  return {
    backend: 'postgres',
    db: opened.db,
    storage,
    loader: insertLoader(opened.db),
    async close() {
      await storage.close()
      await drop()
    },
  }
}
