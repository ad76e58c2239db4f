import { sql, type Kysely } from 'kysely'

// An activity names an account only when a tracked visit is attributed to one; every other event
// (all of POST /v1/events and imports) has none, and the account index held an entry for each of
// those NULLs that no query reads: account lookups and the foreign key's checks always name an
// account. Indexing only the events that have one saves an index write per event (the embedded
// scoring bench's 1,000-event insert: ~53 to ~49 ms).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX activity_account_time`.execute(db)
  await sql`CREATE INDEX activity_account_time ON activity (workspace_id, account_id, occurred_at)
    WHERE account_id IS NOT NULL`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX activity_account_time`.execute(db)
  await sql`CREATE INDEX activity_account_time ON activity (workspace_id, account_id, occurred_at)`.execute(
    db,
  )
}
