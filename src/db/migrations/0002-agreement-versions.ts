import { sql, type Kysely } from 'kysely'

// A signed version takes force at its effective date, so two signed versions can coexist while the
// newer one waits for its date: "in force at t" is the signed version with the latest effective_from <= t.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX agreement_version_in_force`.execute(db)
  await sql`CREATE INDEX agreement_version_effective ON agreement_version (workspace_id, status, effective_from)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX agreement_version_effective`.execute(db)
  await sql`CREATE UNIQUE INDEX agreement_version_in_force ON agreement_version (workspace_id) WHERE status = 'signed'`.execute(
    db,
  )
}
