import { sql, type Kysely } from 'kysely'

// Intake asks, for each company no domain or exact name matched, for the few stored accounts whose
// name keys are most alike (trigram similarity at least pg_trgm.similarity_threshold). Through the
// GIN trigram index every account sharing a common word ("company", "labs", "solutions") passes the
// index and has its similarity recomputed from the heap, so each lookup cost time in proportion to
// the accounts stored: 14 ms a name at 3,000 "Company N" accounts, 135 ms at 30,000 (PGlite). A GiST
// trigram index returns them nearest first (ORDER BY name_key <-> key), so LIMIT stops the scan
// after the few it keeps: 1 and 8 ms a name on the same data. Nothing else queries the GIN index.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX account_name_key_gist ON account USING gist (name_key gist_trgm_ops)`.execute(
    db,
  )
  await sql`DROP INDEX account_name_key_trgm`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX account_name_key_trgm ON account USING gin (name_key gin_trgm_ops)
    WITH (fastupdate = off)`.execute(db)
  await sql`DROP INDEX account_name_key_gist`.execute(db)
}
