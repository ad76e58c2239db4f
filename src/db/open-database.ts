import { PGlite } from '@electric-sql/pglite'
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { PgliteDialect } from './pglite-dialect.ts'
import type { Database } from './schema.ts'

/** Extensions every embedded database opens with: a directory must be reopened with the same set. */
export const pgliteExtensions = { pg_trgm, fuzzystrmatch }

// `date` columns stay 'YYYY-MM-DD' text: turning them into Date objects would shift them by time zone.
const dateOid = 1082 // pg.types.builtins.DATE
const keepText = (value: string) => value
pg.types.setTypeParser(pg.types.builtins.DATE, keepText)

export type OpenedDatabase = {
  readonly kind: 'embedded' | 'server'
  readonly db: Kysely<Database>
}

/** Opens the embedded database in a directory (created when missing) or in memory (`memory://`). */
export async function openEmbedded(dataDir: string): Promise<OpenedDatabase> {
  const client = await PGlite.create(dataDir, {
    extensions: pgliteExtensions,
    parsers: { [dateOid]: keepText },
  })
  return fromPglite(client)
}

/** Wraps an open PGlite instance (tests load a migrated template this way). */
export function fromPglite(client: PGlite): OpenedDatabase {
  return { kind: 'embedded', db: new Kysely<Database>({ dialect: new PgliteDialect(client) }) }
}

/** Opens a pool on a PostgreSQL server; `searchPath` confines it to one schema (tests use this). */
export function openServer(url: string, options: { searchPath?: string } = {}): OpenedDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  })
  return { kind: 'server', db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }) }
}
