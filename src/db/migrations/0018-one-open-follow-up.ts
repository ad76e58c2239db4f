import { sql, type Kysely } from 'kysely'

// Follow-up cadences (issue 6): a person has at most one open follow-up task, the owner's next
// touch; a second one would be a touch asked twice. Earlier rows were never written (the table
// was unused), so no data needs fixing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE UNIQUE INDEX follow_up_task_one_open ON follow_up_task (workspace_id, person_id)
    WHERE done_at IS NULL AND cancelled_at IS NULL`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX follow_up_task_one_open`.execute(db)
}
