import { sql, type Kysely } from 'kysely'

// Planning (issue 8). A plan keeps the file it was made from beside its resolved assumptions and
// result; an experiment records each person's arm once (the primary key makes the first one stick).
const statements = [
  sql`ALTER TABLE plan ADD COLUMN document jsonb NOT NULL DEFAULT '{}'`,
  sql`CREATE INDEX plan_created ON plan (workspace_id, created_at, id)`,
  sql`ALTER TABLE experiment ADD COLUMN created_by text NOT NULL DEFAULT 'system'`,
  sql`CREATE TABLE experiment_assignment (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    experiment_id uuid NOT NULL,
    person_id uuid NOT NULL,
    arm text NOT NULL,
    bucket double precision NOT NULL CHECK (bucket >= 0 AND bucket < 1),
    assigned_at timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, experiment_id, person_id),
    FOREIGN KEY (workspace_id, experiment_id) REFERENCES experiment (workspace_id, id),
    FOREIGN KEY (workspace_id, person_id) REFERENCES person (workspace_id, id))`,
  sql`CREATE INDEX experiment_assignment_person ON experiment_assignment (workspace_id, person_id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const undo = [
    sql`DROP TABLE experiment_assignment`,
    sql`ALTER TABLE experiment DROP COLUMN created_by`,
    sql`DROP INDEX plan_created`,
    sql`ALTER TABLE plan DROP COLUMN document`,
  ]
  for (const statement of undo) await statement.execute(db)
}
