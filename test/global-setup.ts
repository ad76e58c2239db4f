import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { migrateToLatest } from '../src/db/migrate.ts'
import { fromPglite, pgliteExtensions } from '../src/db/open-database.ts'
import { testDatabaseUrl } from './test-database-url.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tarball of a freshly migrated embedded database; each test file loads its own copy. */
    pgliteTemplate: string
  }
}

// Migrating a fresh PGlite costs ~4 s; loading a migrated dump ~1 s. Build the dump once per run.
async function buildTemplate(dir: string): Promise<string> {
  const client = await PGlite.create({ extensions: pgliteExtensions })
  await migrateToLatest(fromPglite(client).db)
  const dump = await client.dumpDataDir('none')
  const file = path.join(dir, 'template.tar')
  await writeFile(file, Buffer.from(await dump.arrayBuffer()))
  await client.close()
  return file
}

// Extensions are per database: create them once, before files race to create them in their schemas.
async function prepareServer(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public')
    await client.query('CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA public')
  } finally {
    await client.end()
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'baton-test-'))
  project.provide('pgliteTemplate', await buildTemplate(dir))
  const url = testDatabaseUrl()
  if (url === undefined) {
    console.log(
      'server-database suite skipped: set DATABASE_URL (or BATON_TEST_DATABASE_URL) to a throwaway PostgreSQL database to run it',
    )
  } else {
    await prepareServer(url)
  }
  return () => rm(dir, { recursive: true, force: true })
}
