import { sql, type Kysely } from 'kysely'

// Reports (issue 7). The total sales of the market for a period, as the user records it (seed 000:
// market share is our won revenue over it); one row per period, replaced when recorded again.
const statements = [
  sql`CREATE TABLE market_size (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    period_start date NOT NULL,
    period_end date NOT NULL,
    amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
    currency char(3) NOT NULL DEFAULT 'USD',
    note text,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, period_start, period_end),
    CHECK (period_end >= period_start))`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE market_size`.execute(db)
}
