import { sql, type Kysely } from 'kysely'
import { operationTables } from './0001-data-model/operation-tables.ts'
import { recordTables } from './0001-data-model/record-tables.ts'

// The whole data model of DESIGN.md. Every table carries workspace_id and every foreign key between
// workspace rows is composite (workspace_id, id), so a row can never point into another workspace.
const statements = [...recordTables, ...operationTables]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'audit_log',
    'outbox',
    'experiment',
    'plan',
    'enrollment',
    'nurture_program',
    'segment',
  ]
  tables.push(
    'score_model',
    'spend',
    'sla_clock',
    'stage_event',
    'activity',
    'opportunity',
    'person',
    'account',
  )
  tables.push('agreement_version', 'api_key', 'user', 'team', 'workspace')
  for (const table of tables) await sql`DROP TABLE ${sql.table(table)}`.execute(db)
  await sql`DROP FUNCTION baton_reject_change()`.execute(db)
}
