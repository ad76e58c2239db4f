import { sql, type Kysely } from 'kysely'

// Routing and the closed loop (issue 6). Users already carry active, out_of_office and capacity
// (0001). Pools list their members and weights; a round-robin pool remembers whom it gave the last
// lead; every assignment is a row, so loads per day and per 30 days are counts over an index. A
// lead nobody can take is held, never dropped. Reviews, meetings, referrals and follow-up tasks
// close the loop between sales and marketing.
const statements = [
  sql`CREATE TABLE routing_pool_member (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    pool text NOT NULL CHECK (pool <> ''),
    user_id uuid NOT NULL,
    weight integer NOT NULL DEFAULT 1 CHECK (weight > 0),
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, pool, user_id),
    FOREIGN KEY (workspace_id, user_id) REFERENCES "user" (workspace_id, id))`,
  sql`CREATE TABLE routing_cursor (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    pool text NOT NULL,
    last_user_id uuid NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, pool),
    FOREIGN KEY (workspace_id, last_user_id) REFERENCES "user" (workspace_id, id))`,
  sql`CREATE TABLE assignment (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    id bigint GENERATED ALWAYS AS IDENTITY,
    person_id uuid NOT NULL,
    user_id uuid NOT NULL,
    team text NOT NULL,
    pool text,
    rule text NOT NULL,
    reason text NOT NULL,
    assigned_at timestamptz NOT NULL,
    actor text NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, person_id) REFERENCES person (workspace_id, id),
    FOREIGN KEY (workspace_id, user_id) REFERENCES "user" (workspace_id, id))`,
  sql`CREATE INDEX assignment_user_time ON assignment (workspace_id, user_id, assigned_at)`,
  sql`CREATE INDEX assignment_pool_user ON assignment (workspace_id, pool, user_id) WHERE pool IS NOT NULL`,
  sql`CREATE INDEX assignment_person ON assignment (workspace_id, person_id, assigned_at)`,
  sql`CREATE TABLE handoff_hold (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    person_id uuid NOT NULL,
    team text NOT NULL,
    reason text NOT NULL,
    held_at timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, person_id),
    FOREIGN KEY (workspace_id, person_id) REFERENCES person (workspace_id, id))`,
  sql`CREATE INDEX handoff_hold_time ON handoff_hold (workspace_id, held_at, person_id)`,
  sql`CREATE TABLE lead_review (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    person_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('meeting', 'opportunity')),
    from_stage text NOT NULL,
    to_stage text NOT NULL,
    reason_code text,
    note text,
    requested_by text NOT NULL,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution text CHECK (resolution IN ('upheld', 'reopened')),
    resolution_note text,
    resolved_by text,
    resolved_at timestamptz,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, person_id) REFERENCES person (workspace_id, id),
    CHECK ((status = 'resolved') = (resolved_at IS NOT NULL)))`,
  sql`CREATE INDEX lead_review_open ON lead_review (workspace_id, created_at, id) WHERE status = 'open'`,
  sql`CREATE TABLE meeting (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    person_id uuid NOT NULL,
    owner_id uuid,
    scheduled_at timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'held', 'no_show')),
    note text,
    booked_by text NOT NULL,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, person_id) REFERENCES person (workspace_id, id),
    FOREIGN KEY (workspace_id, owner_id) REFERENCES "user" (workspace_id, id))`,
  sql`CREATE INDEX meeting_person ON meeting (workspace_id, person_id, scheduled_at)`,
  sql`ALTER TABLE person ADD COLUMN referred_by uuid`,
  sql`ALTER TABLE person ADD COLUMN original_source text`,
  sql`ALTER TABLE person ADD CONSTRAINT person_referred_by_fkey
    FOREIGN KEY (workspace_id, referred_by) REFERENCES person (workspace_id, id)`,
  sql`CREATE TABLE follow_up_task (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    person_id uuid NOT NULL,
    owner_id uuid NOT NULL,
    cadence text NOT NULL,
    step integer NOT NULL CHECK (step >= 0),
    channel text NOT NULL,
    due_at timestamptz NOT NULL,
    done_at timestamptz,
    cancelled_at timestamptz,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, person_id) REFERENCES person (workspace_id, id),
    FOREIGN KEY (workspace_id, owner_id) REFERENCES "user" (workspace_id, id))`,
  sql`CREATE INDEX follow_up_task_open ON follow_up_task (workspace_id, owner_id, due_at)
    WHERE done_at IS NULL AND cancelled_at IS NULL`,
  sql`CREATE INDEX follow_up_task_person ON follow_up_task (workspace_id, person_id)`,
  sql`CREATE INDEX enrollment_person ON enrollment (workspace_id, person_id, status)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const undo = [
    sql`DROP INDEX enrollment_person`,
    sql`DROP TABLE follow_up_task`,
    sql`ALTER TABLE person DROP CONSTRAINT person_referred_by_fkey`,
    sql`ALTER TABLE person DROP COLUMN original_source`,
    sql`ALTER TABLE person DROP COLUMN referred_by`,
    sql`DROP TABLE meeting`,
    sql`DROP TABLE lead_review`,
    sql`DROP TABLE handoff_hold`,
    sql`DROP TABLE assignment`,
    sql`DROP TABLE routing_cursor`,
    sql`DROP TABLE routing_pool_member`,
  ]
  for (const statement of undo) await statement.execute(db)
}
