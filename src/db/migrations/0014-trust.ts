import { sql, type Kysely } from 'kysely'

// Trust. Idempotency keys are scoped per workspace, key, method and path, and a request claims its
// key before it runs (status and response stay NULL until it finishes), so a concurrent duplicate
// finds the claim instead of running twice. Erased people's addresses are kept only as a SHA-256 of
// the canonical address, so intake can refuse to recreate them without holding the address.
const statements = [
  sql`ALTER TABLE idempotency_key ADD COLUMN method text NOT NULL DEFAULT 'POST'`,
  sql`ALTER TABLE idempotency_key ADD COLUMN path text NOT NULL DEFAULT '/v1/leads'`,
  sql`ALTER TABLE idempotency_key ALTER COLUMN method DROP DEFAULT`,
  sql`ALTER TABLE idempotency_key ALTER COLUMN path DROP DEFAULT`,
  sql`ALTER TABLE idempotency_key ALTER COLUMN status DROP NOT NULL`,
  sql`ALTER TABLE idempotency_key ALTER COLUMN response DROP NOT NULL`,
  sql`ALTER TABLE idempotency_key ADD COLUMN completed_at timestamptz`,
  sql`ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey`,
  sql`ALTER TABLE idempotency_key ADD PRIMARY KEY (workspace_id, key, method, path)`,
  sql`CREATE TABLE suppressed_email (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    email_hash text NOT NULL CHECK (email_hash ~ '^[0-9a-f]{64}$'),
    reason text NOT NULL,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, email_hash))`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const undo = [
    sql`DROP TABLE suppressed_email`,
    sql`DELETE FROM idempotency_key WHERE status IS NULL OR (method, path) <> ('POST', '/v1/leads')`,
    sql`ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey`,
    sql`ALTER TABLE idempotency_key ADD PRIMARY KEY (workspace_id, key)`,
    sql`ALTER TABLE idempotency_key DROP COLUMN completed_at`,
    sql`ALTER TABLE idempotency_key ALTER COLUMN response SET NOT NULL`,
    sql`ALTER TABLE idempotency_key ALTER COLUMN status SET NOT NULL`,
    sql`ALTER TABLE idempotency_key DROP COLUMN path`,
    sql`ALTER TABLE idempotency_key DROP COLUMN method`,
  ]
  for (const statement of undo) await statement.execute(db)
}
