import { sql, type Kysely } from 'kysely'

// Anonymous visitor tracking (issue 5). A workspace has one public site key for its script tag and
// a list of site origins allowed to send page views. A visitor (the id the script keeps in a
// first-party cookie) is anonymous until a form fill or an email click names its person; its page
// views are activities with a visitor_id and no person until then. Accounts can record the IP
// ranges (CIDR) their offices browse from, so a page view from one is attributed to the account.
const statements = [
  sql`CREATE TABLE tracking_site (
    workspace_id uuid PRIMARY KEY REFERENCES workspace (id) ON DELETE CASCADE,
    site_key text NOT NULL UNIQUE,
    created_at timestamptz(3) NOT NULL DEFAULT now())`,
  sql`CREATE TABLE tracking_origin (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    origin text NOT NULL,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, origin))`,
  sql`CREATE TABLE visitor (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    visitor_id text NOT NULL,
    person_id uuid,
    account_id uuid,
    first_seen_at timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    identified_at timestamptz,
    PRIMARY KEY (workspace_id, visitor_id),
    FOREIGN KEY (workspace_id, person_id) REFERENCES person (workspace_id, id),
    FOREIGN KEY (workspace_id, account_id) REFERENCES account (workspace_id, id),
    CHECK ((person_id IS NULL) = (identified_at IS NULL)))`,
  sql`CREATE INDEX visitor_person ON visitor (workspace_id, person_id) WHERE person_id IS NOT NULL`,
  sql`CREATE TABLE account_ip_range (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    cidr cidr NOT NULL,
    account_id uuid NOT NULL,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, cidr),
    FOREIGN KEY (workspace_id, account_id) REFERENCES account (workspace_id, id))`,
  sql`CREATE INDEX account_ip_range_account ON account_ip_range (workspace_id, account_id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['account_ip_range', 'visitor', 'tracking_origin', 'tracking_site'])
    await sql`DROP TABLE ${sql.id(table)}`.execute(db)
}
