import { sql, type Kysely } from 'kysely'

// Predictive models (issue 9) share the score_model registry with rules models: one live version
// per kind, so a workspace can run a rules score and a predictive score side by side. A promoted
// version remembers which live version it replaced, so a rollback walks back through promotions.
const statements = [
  sql`DROP INDEX score_model_live`,
  sql`CREATE UNIQUE INDEX score_model_live ON score_model (workspace_id, kind) WHERE status = 'live'`,
  sql`ALTER TABLE score_model ADD COLUMN replaces_version integer`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const undo = [
    sql`ALTER TABLE score_model DROP COLUMN replaces_version`,
    sql`UPDATE score_model SET status = 'retired' WHERE kind = 'predictive' AND status = 'live'`,
    sql`DROP INDEX score_model_live`,
    sql`CREATE UNIQUE INDEX score_model_live ON score_model (workspace_id) WHERE status = 'live'`,
  ]
  for (const statement of undo) await statement.execute(db)
}
