import { sql, type Kysely } from 'kysely'

// Intake: leads from other systems keep their source id; hygiene flags and issues are stored with the
// person; accounts get a matching key for their name; retried requests and import runs are remembered.
const statements = [
  sql`ALTER TABLE person ADD COLUMN external_id text`,
  sql`ALTER TABLE person ADD COLUMN flags jsonb NOT NULL DEFAULT '{}'`,
  sql`ALTER TABLE person ADD COLUMN quality_issues jsonb NOT NULL DEFAULT '[]'`,
  sql`ALTER TABLE person ADD COLUMN properties jsonb NOT NULL DEFAULT '{}'`,
  sql`CREATE UNIQUE INDEX person_external_id ON person (workspace_id, external_id) WHERE external_id IS NOT NULL`,
  sql`ALTER TABLE account ADD COLUMN name_key text`,
  sql`ALTER TABLE account ADD COLUMN external_id text`,
  sql`CREATE INDEX account_name_key ON account (workspace_id, name_key)`,
  sql`CREATE INDEX account_name_key_trgm ON account USING gin (name_key gin_trgm_ops)`,
  sql`CREATE UNIQUE INDEX account_external_id ON account (workspace_id, external_id) WHERE external_id IS NOT NULL`,
  sql`ALTER TABLE opportunity ADD COLUMN external_id text`,
  sql`ALTER TABLE opportunity ADD COLUMN product text`,
  sql`ALTER TABLE opportunity ADD COLUMN properties jsonb NOT NULL DEFAULT '{}'`,
  sql`CREATE UNIQUE INDEX opportunity_external_id ON opportunity (workspace_id, external_id) WHERE external_id IS NOT NULL`,
  sql`CREATE TABLE idempotency_key (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash text NOT NULL,
    status integer NOT NULL,
    response jsonb NOT NULL,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, key))`,
  sql`CREATE TABLE import_run (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    entity text NOT NULL,
    source_name text NOT NULL,
    mapping text NOT NULL,
    dry_run boolean NOT NULL DEFAULT false,
    counts jsonb NOT NULL DEFAULT '{}',
    rejected_by_reason jsonb NOT NULL DEFAULT '{}',
    started_at timestamptz(3) NOT NULL DEFAULT now(),
    finished_at timestamptz(3),
    PRIMARY KEY (workspace_id, id))`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE import_run`.execute(db)
  await sql`DROP TABLE idempotency_key`.execute(db)
  await sql`ALTER TABLE opportunity DROP COLUMN external_id, DROP COLUMN product, DROP COLUMN properties`.execute(
    db,
  )
  await sql`ALTER TABLE account DROP COLUMN name_key, DROP COLUMN external_id`.execute(db)
  await sql`ALTER TABLE person DROP COLUMN external_id, DROP COLUMN flags, DROP COLUMN quality_issues, DROP COLUMN properties`.execute(
    db,
  )
}
