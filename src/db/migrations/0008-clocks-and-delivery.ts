import { sql, type Kysely } from 'kysely'

// Business-time clocks and notification delivery (issue 6). A clock the sweeper still has to look at
// carries next_check_at (its breach, then each escalation step); NULL means its ladder is done, so
// the sweeper's index holds only clocks with work left. Webhooks are infrastructure, not policy: a
// table per workspace with a signing secret, never part of the signed agreement. An outbox message
// remembers which webhooks already took it, so a retry reaches only the ones that failed.
const statements = [
  sql`DROP INDEX sla_clock_due`,
  sql`UPDATE sla_clock SET next_check_at = due_at WHERE stopped_at IS NULL AND next_check_at IS NULL AND outcome IS NULL`,
  sql`CREATE INDEX sla_clock_next_check ON sla_clock (next_check_at) WHERE stopped_at IS NULL AND next_check_at IS NOT NULL`,
  sql`CREATE INDEX sla_clock_open_person ON sla_clock (workspace_id, person_id, kind) WHERE stopped_at IS NULL`,
  sql`CREATE TABLE webhook (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    name text NOT NULL,
    url text NOT NULL,
    secret text NOT NULL,
    topics text[] NOT NULL DEFAULT '{}',
    format text NOT NULL DEFAULT 'json' CHECK (format IN ('json', 'slack')),
    max_attempts integer NOT NULL DEFAULT 8 CHECK (max_attempts > 0),
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, name))`,
  sql`ALTER TABLE outbox ADD COLUMN delivered_to jsonb NOT NULL DEFAULT '[]'`,
  sql`CREATE INDEX outbox_status ON outbox (workspace_id, status, id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const undo = [
    sql`DROP INDEX outbox_status`,
    sql`ALTER TABLE outbox DROP COLUMN delivered_to`,
    sql`DROP TABLE webhook`,
    sql`DROP INDEX sla_clock_open_person`,
    sql`DROP INDEX sla_clock_next_check`,
    sql`CREATE INDEX sla_clock_due ON sla_clock (coalesce(next_check_at, due_at)) WHERE stopped_at IS NULL`,
  ]
  for (const statement of undo) await statement.execute(db)
}
