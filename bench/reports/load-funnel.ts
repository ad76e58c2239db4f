import { sql, type Kysely } from 'kysely'
import type { Database } from '../../src/db/schema.ts'

/** What was generated, for the report line. */
export type Loaded = {
  readonly people: number
  readonly activities: number
  readonly stageEvents: number
  readonly deals: number
}

// Deterministic spread of person g over k buckets (Knuth's multiplicative hash): the same --n always
// yields the same data set, so runs compare.
const bucket = (k: number) => sql`((g::bigint * 2654435761) % ${k})::int`

/**
 * Loads a seeded funnel set-based (INSERT ... SELECT generate_series): `people` people over 2024 with
 * a source, `activitiesPerPerson` activities each, stage events inquiry (all), mql (90%), sql (60%),
 * won (30%), and a won deal for each winner.
 */
export async function loadFunnel(
  db: Kysely<Database>,
  workspaceId: string,
  people: number,
  activitiesPerPerson: number,
): Promise<Loaded> {
  await sql`
    INSERT INTO person (workspace_id, email, email_normalized, source, stage, created_at)
    SELECT ${workspaceId}, 'p' || g || '@bench.test', 'p' || g || '@bench.test',
           (ARRAY['webinar', 'paid search', 'email', 'sales', 'referral'])[1 + ${bucket(5)}],
           'inquiry', timestamptz '2024-01-01' + (${bucket(360)} || ' days')::interval
    FROM generate_series(1, ${people}) g`.execute(db)
  await sql`
    INSERT INTO activity (workspace_id, person_id, type, occurred_at, properties)
    SELECT p.workspace_id, p.id, (ARRAY['page_view', 'email_click', 'webinar_attended', 'download'])[1 + k % 4],
           p.created_at + (k || ' hours')::interval,
           jsonb_build_object('utm_source', (ARRAY['webinar', 'paid search', 'email'])[1 + k % 3])
    FROM person p CROSS JOIN generate_series(1, ${activitiesPerPerson}) k
    WHERE p.workspace_id = ${workspaceId}`.execute(db)
  await sql`
    WITH numbered AS (
      SELECT p.id, p.created_at, row_number() OVER (ORDER BY p.email) AS g
      FROM person p WHERE p.workspace_id = ${workspaceId}),
    reached AS (
      SELECT n.id, n.created_at, s.stage, s.days, s.share FROM numbered n
      CROSS JOIN (VALUES ('inquiry', 0, 100), ('mql', 2, 90), ('sql', 10, 60), ('won', 40, 30))
        AS s(stage, days, share)
      WHERE ((n.g * 2654435761) % 100) < s.share)
    INSERT INTO stage_event (workspace_id, subject_type, person_id, to_stage, occurred_at, actor)
    SELECT ${workspaceId}, 'person', r.id, r.stage, r.created_at + (r.days || ' days')::interval, 'bench'
    FROM reached r`.execute(db)
  await sql`
    INSERT INTO opportunity (workspace_id, name, primary_person_id, amount_cents, stage, status,
                             created_at, closed_at)
    SELECT ${workspaceId}, 'deal ' || se.person_id, se.person_id, 100000 + (se.id % 50) * 10000,
           'Won', 'won', se.occurred_at - interval '20 days', se.occurred_at
    FROM stage_event se WHERE se.workspace_id = ${workspaceId} AND se.to_stage = 'won'`.execute(db)
  await sql`ANALYZE`.execute(db)
  const { rows } = await sql<Loaded>`
    SELECT (SELECT count(*) FROM person WHERE workspace_id = ${workspaceId})::int AS people,
           (SELECT count(*) FROM activity WHERE workspace_id = ${workspaceId})::int AS activities,
           (SELECT count(*) FROM stage_event WHERE workspace_id = ${workspaceId})::int AS "stageEvents",
           (SELECT count(*) FROM opportunity WHERE workspace_id = ${workspaceId})::int AS deals`.execute(
    db,
  )
  return rows[0] as Loaded
}

/** The hand-written baseline: one statement for the cohort conversion of every funnel pair. */
export async function funnelBaseline(
  db: Kysely<Database>,
  workspaceId: string,
  period: { readonly from: Date; readonly to: Date },
): Promise<number> {
  const { rows } = await sql<{ pairs: number }>`
    WITH first_entry AS (
      SELECT person_id, to_stage, min(occurred_at) AS at FROM stage_event
      WHERE workspace_id = ${workspaceId} AND subject_type = 'person' GROUP BY 1, 2)
    SELECT count(*)::int AS pairs FROM (
      SELECT pr.a, pr.b, count(*) AS cohort, count(r.person_id) AS reached
      FROM (VALUES ('inquiry', 'mql'), ('mql', 'sal'), ('sal', 'sql'), ('sql', 'opportunity'),
                   ('opportunity', 'won'), ('mql', 'sql'), ('sql', 'won'), ('mql', 'won'),
                   ('inquiry', 'won')) AS pr(a, b)
      JOIN first_entry k ON k.to_stage = pr.a AND k.at >= ${period.from} AND k.at < ${period.to}
      LEFT JOIN first_entry r ON r.person_id = k.person_id AND r.to_stage = pr.b
      GROUP BY pr.a, pr.b) counted`.execute(db)
  return rows[0]?.pairs ?? 0
}
