import { sql, type Kysely } from 'kysely'

// The funnel reports (issue 7) read each person's first entry into every stage. Computing that from
// stage_event on every read is a GROUP BY over the whole history and a self-join per stage pair;
// funnel_subject keeps it as one row per subject (a person not merged into another, holding the
// history of the people merged into it): for each canonical stage the first entry time and the
// agreement version in force at it. It is derived, never written by hand: an AFTER INSERT trigger on
// stage_event folds each statement's new events in, a merge or unmerge calls
// refresh_funnel_subjects for the people it moved, and this migration backfills it.
// The stages are the canonical ones as of this migration; a later stage needs a migration of its own.
const stages = [
  'universe',
  'inquiry',
  'mql',
  'sal',
  'sql',
  'opportunity',
  'won',
  'lost',
  'customer',
  'nurture',
  'disqualified',
] as const

const columnsDdl = stages.map((s) => `${s}_at timestamptz, ${s}_version integer`).join(',\n    ')
const columnList = stages.map((s) => `${s}_at, ${s}_version`).join(', ')

/** How a stage's first agreement version is taken from its events `se` (`stage` names the stage). */
export type FirstVersionSql = (stage: string) => string

// 0021's: the first element of the versions ordered by (occurred_at, id).
export const orderedFirstVersion: FirstVersionSql = (s) =>
  `(array_agg(se.agreement_version ORDER BY se.occurred_at, se.id)
        FILTER (WHERE se.to_stage = '${s}'))[1]`

// One row per subject from the events `source` holds; `where` narrows the people.
function subjectRows(source: string, where: string, firstVersion: FirstVersionSql): string {
  const aggregates = stages.map(
    (s) => `min(se.occurred_at) FILTER (WHERE se.to_stage = '${s}'),
      ${firstVersion(s)}`,
  )
  return `INSERT INTO funnel_subject AS f (workspace_id, person_id, ${columnList})
      SELECT se.workspace_id, coalesce(p.merged_into, p.id),
      ${aggregates.join(',\n      ')}
      FROM ${source} se
      JOIN person p ON p.workspace_id = se.workspace_id AND p.id = se.person_id
      WHERE se.subject_type = 'person' AND ${where}
      GROUP BY 1, 2`
}

// New events only lower a first entry: least() is order-free, so concurrent inserts for one
// subject agree whichever commits first; on a tie the entry already recorded keeps its version.
const lowerOnly = stages
  .map(
    (s) => `${s}_version = CASE WHEN f.${s}_at IS NULL OR EXCLUDED.${s}_at < f.${s}_at
        THEN EXCLUDED.${s}_version ELSE f.${s}_version END,
      ${s}_at = least(f.${s}_at, EXCLUDED.${s}_at)`,
  )
  .join(',\n      ')
const replaceAll = stages
  .map((s) => `${s}_at = EXCLUDED.${s}_at, ${s}_version = EXCLUDED.${s}_version`)
  .join(', ')

/**
 * The refresh a merge or unmerge calls and the trigger's function, with `firstVersion` choosing how
 * each stage's first agreement version is aggregated (migration 0022 replaces 0021's).
 */
export async function defineSubjectFunctions(
  db: Kysely<unknown>,
  firstVersion: FirstVersionSql,
): Promise<void> {
  // A merge or unmerge: the subjects named are recomputed from their whole history (the people
  // merged into them included), and a subject merged away loses its row.
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION refresh_funnel_subjects(ws uuid, subjects uuid[]) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM funnel_subject WHERE workspace_id = ws AND person_id = ANY (subjects);
      ${subjectRows(
        'stage_event',
        `se.workspace_id = ws AND p.workspace_id = ws
        AND (p.id = ANY (subjects) OR p.merged_into = ANY (subjects))
        AND coalesce(p.merged_into, p.id) = ANY (subjects)`,
        firstVersion,
      )}
      ON CONFLICT (workspace_id, person_id) DO UPDATE SET ${replaceAll};
    END $$`,
    )
    .execute(db)
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION funnel_subject_after_insert() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      ${subjectRows('added', 'true', firstVersion)}
      ON CONFLICT (workspace_id, person_id) DO UPDATE SET
      ${lowerOnly};
      RETURN NULL;
    END $$`,
    )
    .execute(db)
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE funnel_subject (
    workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    person_id uuid NOT NULL,
    ${columnsDdl},
    PRIMARY KEY (workspace_id, person_id),
    FOREIGN KEY (workspace_id, person_id) REFERENCES person (workspace_id, id) ON DELETE CASCADE
  )`,
    )
    .execute(db)
  await defineSubjectFunctions(db, orderedFirstVersion)
  await sql`CREATE TRIGGER stage_event_funnel_subject AFTER INSERT ON stage_event
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION funnel_subject_after_insert()`.execute(db)
  await sql.raw(subjectRows('stage_event', 'true', orderedFirstVersion)).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER stage_event_funnel_subject ON stage_event`.execute(db)
  await sql`DROP FUNCTION funnel_subject_after_insert()`.execute(db)
  await sql`DROP FUNCTION refresh_funnel_subjects(uuid, uuid[])`.execute(db)
  await sql`DROP TABLE funnel_subject`.execute(db)
}
