import { sql, type Kysely } from 'kysely'

// funnel_subject (migration 0021) keeps, per canonical stage, the first entry and the agreement
// version in force at it. Its trigger and refresh took the version as the first element of an array
// ordered by (occurred_at, id): one sort per stage and subject, eleven per person. The least
// [time, id, version] array gives the same version with no sort: arrays compare element by element,
// and ids are unique, so the version itself never decides. The trigger is most of what a batch of
// stage events costs beyond its rows (PGlite, 500 new people's first events: 26 ms without it, 52 ms
// with 0021's, 49 ms with this one); the rest is writing the funnel_subject rows themselves.
// The stages are 0021's; a later stage needs a migration of its own.
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

const columnList = stages.map((s) => `${s}_at, ${s}_version`).join(', ')

function subjectRows(source: string, where: string, ordered: boolean): string {
  const aggregates = stages.map((s) =>
    ordered
      ? `min(se.occurred_at) FILTER (WHERE se.to_stage = '${s}'),
      (array_agg(se.agreement_version ORDER BY se.occurred_at, se.id)
        FILTER (WHERE se.to_stage = '${s}'))[1]`
      : `min(se.occurred_at) FILTER (WHERE se.to_stage = '${s}'),
      ((min(ARRAY[extract(epoch FROM se.occurred_at), se.id, se.agreement_version])
        FILTER (WHERE se.to_stage = '${s}'))[3])::integer`,
  )
  return `INSERT INTO funnel_subject AS f (workspace_id, person_id, ${columnList})
      SELECT se.workspace_id, coalesce(p.merged_into, p.id),
      ${aggregates.join(',\n      ')}
      FROM ${source} se
      JOIN person p ON p.workspace_id = se.workspace_id AND p.id = se.person_id
      WHERE se.subject_type = 'person' AND ${where}
      GROUP BY 1, 2`
}

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

async function define(db: Kysely<unknown>, ordered: boolean): Promise<void> {
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
        ordered,
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
      ${subjectRows('added', 'true', ordered)}
      ON CONFLICT (workspace_id, person_id) DO UPDATE SET
      ${lowerOnly};
      RETURN NULL;
    END $$`,
    )
    .execute(db)
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await define(db, false)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await define(db, true)
}
