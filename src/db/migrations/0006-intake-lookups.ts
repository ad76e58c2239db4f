import { sql, type Kysely } from 'kysely'

// Intake looks similar company names up through the trigram index while the same batch inserts new
// accounts. With GIN's fast update, new entries wait in a pending list that every lookup scans in
// full, so matching slowed with each account added (bench:intake); written straight to the index,
// a lookup reads only the trigrams it needs.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER INDEX account_name_key_trgm SET (fastupdate = off)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER INDEX account_name_key_trgm RESET (fastupdate)`.execute(db)
}
