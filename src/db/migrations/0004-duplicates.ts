import { sql, type Kysely } from 'kysely'

// Duplicates beyond email. Candidate pairs are found by blocking keys on live people: the same E.164
// phone, or the same folded last name at the same account (the account is intake's resolution of a
// corporate domain or company name). baton_name_key folds like core's nameWords: accents, case,
// spaces and punctuation. The review queue keeps one row per pair, the lower person id first.
const statements = [
  sql`CREATE FUNCTION baton_name_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
    SELECT nullif(regexp_replace(
      replace(replace(replace(replace(translate(
        lower(regexp_replace(normalize(name, NFD), '[\\u0300-\\u036f]', '', 'g')),
        'øłđðı', 'olddi'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'),
      '[[:space:][:punct:]‘’‐‑–—]', '', 'g'), '') $$`,
  sql`CREATE INDEX person_live_phone ON person (workspace_id, phone, created_at)
    WHERE phone IS NOT NULL AND merged_into IS NULL`,
  sql`CREATE INDEX person_live_account_name
    ON person (workspace_id, account_id, baton_name_key(last_name), created_at)
    WHERE account_id IS NOT NULL AND last_name IS NOT NULL AND merged_into IS NULL`,
  sql`CREATE INDEX person_merged_into ON person (workspace_id, merged_into)
    WHERE merged_into IS NOT NULL`,
  sql`CREATE TABLE duplicate_candidate (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    person_a_id uuid NOT NULL,
    person_b_id uuid NOT NULL,
    score integer NOT NULL CHECK (score >= 0),
    tier text NOT NULL CHECK (tier IN ('strong', 'weak', 'none')),
    evidence jsonb NOT NULL DEFAULT '[]',
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'dismissed')),
    decided_by text,
    decided_at timestamptz,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, person_a_id, person_b_id),
    FOREIGN KEY (workspace_id, person_a_id) REFERENCES person (workspace_id, id),
    FOREIGN KEY (workspace_id, person_b_id) REFERENCES person (workspace_id, id),
    CHECK (person_a_id < person_b_id),
    CHECK ((status = 'open') = (decided_at IS NULL)),
    CHECK ((decided_at IS NULL) = (decided_by IS NULL)))`,
  sql`CREATE INDEX duplicate_candidate_open ON duplicate_candidate (workspace_id, created_at, id)
    WHERE status = 'open'`,
  sql`CREATE INDEX duplicate_candidate_person_b ON duplicate_candidate (workspace_id, person_b_id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE duplicate_candidate`.execute(db)
  await sql`DROP INDEX person_merged_into`.execute(db)
  await sql`DROP INDEX person_live_account_name`.execute(db)
  await sql`DROP INDEX person_live_phone`.execute(db)
  await sql`DROP FUNCTION baton_name_key(text)`.execute(db)
}
