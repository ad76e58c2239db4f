import { sql, type Kysely } from 'kysely'

// What writing a person costs intake (bench:intake). Two changes, neither visible to a query:
// - The suppressed-address check on insert runs once per statement over the inserted rows (a
//   transition table) instead of once per row: a batch of 500 people paid 500 PL/pgSQL calls and
//   hashes for a table that is usually empty. The error (check_violation on the constraint named
//   person_email_suppressed) is the same; an update of email_normalized keeps the row trigger,
//   since a trigger with a column list cannot have a transition table.
// - person_name_trgm is dropped: no query uses its expression (lower(coalesce(first_name, '') ||
//   ' ' || coalesce(last_name, ''))), so the planner could never choose it, and it was a third of
//   the cost of inserting a person. Duplicate matching blocks on phone and baton_name_key(last_name).
const statements = [
  sql`CREATE FUNCTION baton_reject_suppressed_emails() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM suppressed_email s
          WHERE s.workspace_id IN (SELECT workspace_id FROM inserted_person)) THEN
        IF EXISTS (SELECT 1 FROM inserted_person p JOIN suppressed_email s
            ON s.workspace_id = p.workspace_id
            AND s.email_hash = encode(sha256(convert_to(p.email_normalized, 'UTF8')), 'hex')
          WHERE p.email_normalized IS NOT NULL) THEN
          RAISE EXCEPTION 'the address of an erased person is suppressed'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'person_email_suppressed';
        END IF;
      END IF;
      RETURN NULL;
    END $$`,
  sql`DROP TRIGGER person_email_suppressed ON person`,
  sql`CREATE TRIGGER person_email_suppressed AFTER INSERT ON person
    REFERENCING NEW TABLE AS inserted_person
    FOR EACH STATEMENT EXECUTE FUNCTION baton_reject_suppressed_emails()`,
  sql`CREATE TRIGGER person_email_suppressed_update BEFORE UPDATE OF email_normalized ON person
    FOR EACH ROW EXECUTE FUNCTION baton_reject_suppressed_email()`,
  sql`DROP INDEX person_name_trgm`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const undo = [
    sql`CREATE INDEX person_name_trgm ON person USING gin (lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) gin_trgm_ops)`,
    sql`DROP TRIGGER person_email_suppressed_update ON person`,
    sql`DROP TRIGGER person_email_suppressed ON person`,
    sql`CREATE TRIGGER person_email_suppressed BEFORE INSERT OR UPDATE OF email_normalized ON person
      FOR EACH ROW EXECUTE FUNCTION baton_reject_suppressed_email()`,
    sql`DROP FUNCTION baton_reject_suppressed_emails()`,
  ]
  for (const statement of undo) await statement.execute(db)
}
