import { sql, type Kysely } from 'kysely'

// Erasure. Stage events and the audit log stay append-only, except for the one change an erasure
// makes: a stage event's free-text note cleared, an audit entry's details replaced by
// {"erased": true}; every other column must stay as it was. A person may never again be written
// with an address whose hash is suppressed, whichever path writes them.
const statements = [
  sql`CREATE FUNCTION baton_allow_scrub() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE'
        AND (to_jsonb(NEW) - TG_ARGV[0]) = (to_jsonb(OLD) - TG_ARGV[0])
        AND (to_jsonb(NEW) -> TG_ARGV[0]) = TG_ARGV[1]::jsonb THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
    END $$`,
  sql`DROP TRIGGER stage_event_append_only ON stage_event`,
  sql`CREATE TRIGGER stage_event_append_only BEFORE UPDATE OR DELETE ON stage_event
    FOR EACH ROW EXECUTE FUNCTION baton_allow_scrub('note', 'null')`,
  sql`DROP TRIGGER audit_log_append_only ON audit_log`,
  sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION baton_allow_scrub('details', '{"erased": true}')`,
  sql`CREATE FUNCTION baton_reject_suppressed_email() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.email_normalized IS NOT NULL AND EXISTS (
        SELECT 1 FROM suppressed_email s
        WHERE s.workspace_id = NEW.workspace_id
          AND s.email_hash = encode(sha256(convert_to(NEW.email_normalized, 'UTF8')), 'hex')) THEN
        RAISE EXCEPTION 'the address of an erased person is suppressed'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'person_email_suppressed';
      END IF;
      RETURN NEW;
    END $$`,
  sql`CREATE TRIGGER person_email_suppressed BEFORE INSERT OR UPDATE OF email_normalized ON person
    FOR EACH ROW EXECUTE FUNCTION baton_reject_suppressed_email()`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const undo = [
    sql`DROP TRIGGER person_email_suppressed ON person`,
    sql`DROP FUNCTION baton_reject_suppressed_email()`,
    sql`DROP TRIGGER audit_log_append_only ON audit_log`,
    sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION baton_reject_change()`,
    sql`DROP TRIGGER stage_event_append_only ON stage_event`,
    sql`CREATE TRIGGER stage_event_append_only BEFORE UPDATE OR DELETE ON stage_event
      FOR EACH ROW EXECUTE FUNCTION baton_reject_change()`,
    sql`DROP FUNCTION baton_allow_scrub()`,
  ]
  for (const statement of undo) await statement.execute(db)
}
