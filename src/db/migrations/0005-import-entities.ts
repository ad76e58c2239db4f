import { sql, type Kysely } from 'kysely'

// Imports of accounts, products and sales teams: an account may belong to a parent and keeps the
// source's extra columns; a product catalog is matched by a key that ignores case, spaces and
// punctuation ("GTXPro" is "GTX Pro"). Spend already has one row per channel and period (0001).
const statements = [
  sql`ALTER TABLE account ADD COLUMN parent_id uuid`,
  sql`ALTER TABLE account ADD COLUMN properties jsonb NOT NULL DEFAULT '{}'`,
  sql`ALTER TABLE account ADD CONSTRAINT account_workspace_id_parent_id_fkey
    FOREIGN KEY (workspace_id, parent_id) REFERENCES account (workspace_id, id)`,
  sql`ALTER TABLE account ADD CONSTRAINT account_not_own_parent CHECK (parent_id <> id)`,
  sql`CREATE INDEX account_parent ON account (workspace_id, parent_id) WHERE parent_id IS NOT NULL`,
  sql`CREATE TABLE product (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (name <> ''),
    product_key text NOT NULL CHECK (product_key <> ''),
    series text,
    list_price_cents bigint CHECK (list_price_cents >= 0),
    currency char(3) NOT NULL DEFAULT 'USD',
    properties jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, product_key))`,
  sql`CREATE INDEX opportunity_product ON opportunity (workspace_id, product) WHERE product IS NOT NULL`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX opportunity_product`.execute(db)
  await sql`DROP TABLE product`.execute(db)
  await sql`ALTER TABLE account DROP COLUMN parent_id, DROP COLUMN properties`.execute(db)
}
