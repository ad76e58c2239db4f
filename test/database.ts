import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, inject } from 'vitest'
import type { Storage, WorkspaceStorage } from '../src/app/ports.ts'
import { issueApiKey } from '../src/app/access/api-keys.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import {
  fromPglite,
  openServer,
  pgliteExtensions,
  type OpenedDatabase,
} from '../src/db/open-database.ts'
import { createStorage } from '../src/db/storage.ts'
import { testDatabaseUrl } from './test-database-url.ts'

export type BackendName = 'pglite' | 'postgres'

/** One test file's own database: a fresh schema on the server, or its own embedded copy. */
export type TestDatabase = {
  readonly backend: BackendName
  readonly opened: OpenedDatabase
  readonly storage: Storage
  /** A new workspace with an admin key, so tests never see each other's rows. */
  workspace(): Promise<{ store: WorkspaceStorage; apiKey: string; slug: string }>
  close(): Promise<void>
}

async function openPglite(): Promise<{ opened: OpenedDatabase; drop: () => Promise<void> }> {
  const template = await readFile(inject('pgliteTemplate'))
  const client = await PGlite.create({
    loadDataDir: new Blob([template]),
    extensions: pgliteExtensions,
    parsers: { 1082: (value: string) => value },
  })
  return { opened: fromPglite(client), drop: () => Promise.resolve() }
}

async function openPostgres(
  url: string,
): Promise<{ opened: OpenedDatabase; drop: () => Promise<void> }> {
  const schema = `test_${randomBytes(6).toString('hex')}`
  const admin = openServer(url)
  await sql`CREATE SCHEMA ${sql.id(schema)}`.execute(admin.db)
  await admin.db.destroy()
  const opened = openServer(url, { searchPath: `${schema},public` })
  await migrateToLatest(opened.db)
  const drop = async () => {
    const cleanup = openServer(url)
    await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(cleanup.db)
    await cleanup.db.destroy()
  }
  return { opened, drop }
}

/** Opens a fresh, migrated database on the named backend. */
export async function openTestDatabase(backend: BackendName): Promise<TestDatabase> {
  const url = testDatabaseUrl()
  if (backend === 'postgres' && url === undefined)
    throw new Error('No DATABASE_URL for the postgres backend')
  const { opened, drop } = backend === 'pglite' ? await openPglite() : await openPostgres(url ?? '')
  const storage = createStorage(opened)
  let workspaces = 0
  return {
    backend,
    opened,
    storage,
    async workspace() {
      workspaces += 1
      const slug = `ws-${workspaces}-${randomBytes(3).toString('hex')}`
      const workspace = await storage.workspaces.insert({ slug, name: `Workspace ${workspaces}` })
      const key = await issueApiKey(storage.apiKeys, workspace.id, { name: 'test', role: 'admin' })
      return { store: storage.forWorkspace(workspace.id), apiKey: key.key, slug }
    },
    async close() {
      await storage.close()
      await drop()
    },
  }
}

/** The backends this run can use: always PGlite, and PostgreSQL when a test database URL is set. */
export function availableBackends(): BackendName[] {
  return testDatabaseUrl() === undefined ? ['pglite'] : ['pglite', 'postgres']
}

/**
 * Runs the same suite once per backend, each on its own fresh database for the whole file; `db()`
 * returns the open database inside tests.
 */
export function describeEachBackend(name: string, suite: (db: () => TestDatabase) => void): void {
  describe.each(availableBackends())(`${name} [%s]`, (backend) => {
    let database: TestDatabase | undefined
    beforeAll(async () => {
      database = await openTestDatabase(backend)
    })
    afterAll(async () => {
      await database?.close()
    })
    suite(() => {
      if (!database) throw new Error('the test database is not open yet')
      return database
    })
  })
}
