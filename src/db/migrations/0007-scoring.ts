import { sql, type Kysely } from 'kysely'

// Scoring (issue 5). score_model becomes a registry of versions numbered per workspace: a rules
// model now, a predictive one later (issue 9), at most one live at a time. A person keeps the total,
// band and model version of their last score, so history can say which model scored them; an
// account keeps the roll-up of its people.
const statements = [
  sql`ALTER TABLE score_model RENAME COLUMN definition TO document`,
  sql`ALTER TABLE score_model DROP CONSTRAINT score_model_kind_check`,
  sql`ALTER TABLE score_model ADD CONSTRAINT score_model_kind_check CHECK (kind IN ('rules', 'predictive'))`,
  sql`ALTER TABLE score_model DROP CONSTRAINT score_model_status_check`,
  sql`ALTER TABLE score_model ADD CONSTRAINT score_model_status_check CHECK (status IN ('draft', 'live', 'retired'))`,
  sql`ALTER TABLE score_model ADD COLUMN created_by text NOT NULL DEFAULT 'system'`,
  sql`ALTER TABLE score_model ADD COLUMN published_at timestamptz`,
  sql`CREATE UNIQUE INDEX score_model_version ON score_model (workspace_id, version)`,
  sql`CREATE UNIQUE INDEX score_model_live ON score_model (workspace_id) WHERE status = 'live'`,
  sql`ALTER TABLE person ADD COLUMN score numeric`,
  sql`ALTER TABLE person ADD COLUMN score_band text`,
  sql`ALTER TABLE person ADD COLUMN score_model_version integer`,
  sql`ALTER TABLE account ADD COLUMN score numeric`,
  sql`ALTER TABLE account ADD COLUMN scored_at timestamptz`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const undo = [
    sql`ALTER TABLE account DROP COLUMN scored_at`,
    sql`ALTER TABLE account DROP COLUMN score`,
    sql`ALTER TABLE person DROP COLUMN score_model_version`,
    sql`ALTER TABLE person DROP COLUMN score_band`,
    sql`ALTER TABLE person DROP COLUMN score`,
    sql`DROP INDEX score_model_live`,
    sql`DROP INDEX score_model_version`,
    sql`ALTER TABLE score_model DROP COLUMN published_at`,
    sql`ALTER TABLE score_model DROP COLUMN created_by`,
    sql`ALTER TABLE score_model DROP CONSTRAINT score_model_status_check`,
    sql`ALTER TABLE score_model ADD CONSTRAINT score_model_status_check CHECK (status IN ('draft', 'active', 'retired'))`,
    sql`ALTER TABLE score_model DROP CONSTRAINT score_model_kind_check`,
    sql`ALTER TABLE score_model ADD CONSTRAINT score_model_kind_check CHECK (kind IN ('rules', 'logistic', 'boosted_trees'))`,
    sql`ALTER TABLE score_model RENAME COLUMN document TO definition`,
  ]
  for (const statement of undo) await statement.execute(db)
}
