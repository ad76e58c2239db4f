import { sql, type Kysely } from 'kysely'
import type { AttributionQuery } from '../app/reports/report-ports.ts'
import type { AttributionFacts, ReachFact } from '../core/analytics/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

type ReachRow = {
  opportunities: number
  amount: string
  sourced: number
  sourced_amount: string
  influenced: number
  influenced_amount: string
}

const reach = (row: ReachRow | undefined): ReachFact => ({
  opportunities: row?.opportunities ?? 0,
  amountCents: Number(row?.amount ?? 0),
  sourcedOpportunities: row?.sourced ?? 0,
  sourcedCents: Number(row?.sourced_amount ?? 0),
  influencedOpportunities: row?.influenced ?? 0,
  influencedCents: Number(row?.influenced_amount ?? 0),
})

/**
 * Deals opened or won in the period, their people (the primary person, those merged into it, and
 * the people of its account) and those people's activities before the deal opened. A touch's
 * channel is its source, else its `utm_source` property, else its type; it is a marketing touch
 * unless its channel is a non-marketing origin or its type is a rep activity.
 */
export async function attributionFacts(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  query: AttributionQuery,
): Promise<AttributionFacts> {
  const { from, to, weights } = query
  const other = sql`ARRAY[${sql.join([...query.nonMarketingOrigins, ''])}]::text[]`
  const rep = sql`ARRAY[${sql.join([...query.repActivityTypes, ''])}]::text[]`
  const base = sql`
    WITH opp AS (
      SELECT o.id, o.amount_cents, o.created_at, o.source, o.account_id, o.primary_person_id,
             (o.created_at >= ${from} AND o.created_at < ${to}) AS opened,
             (o.status = 'won' AND o.closed_at >= ${from} AND o.closed_at < ${to}) AS won
      FROM opportunity o
      WHERE o.workspace_id = ${workspaceId}
        AND ((o.created_at >= ${from} AND o.created_at < ${to})
          OR (o.status = 'won' AND o.closed_at >= ${from} AND o.closed_at < ${to}))),
    people AS (
      SELECT o.id AS opp_id, o.primary_person_id AS person_id FROM opp o
      WHERE o.primary_person_id IS NOT NULL
      UNION
      SELECT o.id, p.id FROM opp o
      JOIN person p ON p.workspace_id = ${workspaceId} AND p.merged_into = o.primary_person_id
      UNION
      SELECT o.id, p.id FROM opp o
      JOIN person p ON p.workspace_id = ${workspaceId} AND p.account_id = o.account_id),
    touch AS (
      SELECT pp.opp_id, a.id, a.occurred_at, lower(a.type) AS type,
             lower(coalesce(a.source, a.properties->>'utm_source', a.type)) AS channel
      FROM people pp
      JOIN opp o ON o.id = pp.opp_id
      JOIN activity a ON a.workspace_id = ${workspaceId} AND a.person_id = pp.person_id
        AND a.occurred_at < o.created_at),
    marketing AS (
      SELECT * FROM touch WHERE channel <> ALL(${other}) AND type <> ALL(${rep})),
    first_touch AS (
      SELECT DISTINCT ON (opp_id) opp_id, channel, type FROM touch ORDER BY opp_id, occurred_at, id),
    deal AS (
      SELECT o.*, coalesce(o.source = 'marketing',
               ft.channel <> ALL(${other}) AND ft.type <> ALL(${rep}), false) AS sourced,
             mk.opp_id IS NOT NULL AS influenced
      FROM opp o LEFT JOIN first_touch ft ON ft.opp_id = o.id
      LEFT JOIN (SELECT DISTINCT opp_id FROM marketing) mk ON mk.opp_id = o.id)`
  const reachRows = await sql<ReachRow & { half: string }>`${base}
    SELECT half, count(*)::int AS opportunities, coalesce(sum(amount_cents), 0)::text AS amount,
           count(*) FILTER (WHERE sourced)::int AS sourced,
           coalesce(sum(amount_cents) FILTER (WHERE sourced), 0)::text AS sourced_amount,
           count(*) FILTER (WHERE influenced)::int AS influenced,
           coalesce(sum(amount_cents) FILTER (WHERE influenced), 0)::text AS influenced_amount
    FROM (SELECT 'pipeline' AS half, * FROM deal WHERE opened
          UNION ALL SELECT 'revenue', * FROM deal WHERE won) halves
    GROUP BY half`.execute(db)
  const credit = await sql<{
    channel: string
    p_first: number
    p_last: number
    p_linear: number
    p_w: number
    r_first: number
    r_last: number
    r_linear: number
    r_w: number
  }>`${base},
    mql AS (
      SELECT pp.opp_id, min(se.occurred_at) AS at FROM people pp
      JOIN stage_event se ON se.workspace_id = ${workspaceId} AND se.person_id = pp.person_id
        AND se.subject_type = 'person' AND se.to_stage = 'mql'
      GROUP BY pp.opp_id),
    ranked AS (
      SELECT m.opp_id, m.channel,
             row_number() OVER (PARTITION BY m.opp_id ORDER BY m.occurred_at, m.id) AS pos,
             count(*) OVER (PARTITION BY m.opp_id) AS n,
             greatest(1, count(*) FILTER (WHERE m.occurred_at <= q.at)
               OVER (PARTITION BY m.opp_id)) AS lead_pos
      FROM marketing m LEFT JOIN mql q ON q.opp_id = m.opp_id),
    shaped AS (
      SELECT r.*, r.n - 1 - (r.n > 1)::int - (r.lead_pos NOT IN (1, r.n))::int AS between_touches
      FROM ranked r),
    credited AS (
      SELECT s.opp_id, s.channel, (s.pos = 1)::int AS first_touch, (s.pos = s.n)::int AS last_touch,
             1.0 / s.n AS linear,
             (${weights.first}::numeric * (s.pos = 1)::int + ${weights.lead}::numeric * (s.pos = s.lead_pos)::int
               + ${weights.opportunity}::numeric * (s.pos = s.n)::int
               + CASE WHEN s.pos NOT IN (1, s.lead_pos, s.n)
                      THEN ${weights.between}::numeric / s.between_touches ELSE 0 END)
             / (${weights.first + weights.lead + weights.opportunity}::numeric
                + CASE WHEN s.between_touches > 0 THEN ${weights.between}::numeric ELSE 0 END) AS w_shaped
      FROM shaped s)
    SELECT c.channel,
           coalesce(sum(d.amount_cents * c.first_touch) FILTER (WHERE d.opened), 0)::float8 AS p_first,
           coalesce(sum(d.amount_cents * c.last_touch) FILTER (WHERE d.opened), 0)::float8 AS p_last,
           coalesce(sum(d.amount_cents * c.linear) FILTER (WHERE d.opened), 0)::float8 AS p_linear,
           coalesce(sum(d.amount_cents * c.w_shaped) FILTER (WHERE d.opened), 0)::float8 AS p_w,
           coalesce(sum(d.amount_cents * c.first_touch) FILTER (WHERE d.won), 0)::float8 AS r_first,
           coalesce(sum(d.amount_cents * c.last_touch) FILTER (WHERE d.won), 0)::float8 AS r_last,
           coalesce(sum(d.amount_cents * c.linear) FILTER (WHERE d.won), 0)::float8 AS r_linear,
           coalesce(sum(d.amount_cents * c.w_shaped) FILTER (WHERE d.won), 0)::float8 AS r_w
    FROM credited c JOIN deal d ON d.id = c.opp_id
    GROUP BY c.channel`.execute(db)
  const half = (name: string) => reachRows.rows.find((row) => row.half === name)
  return {
    pipeline: reach(half('pipeline')),
    revenue: reach(half('revenue')),
    channels: credit.rows.map((row) => ({
      channel: row.channel,
      pipelineCents: {
        firstTouch: row.p_first,
        lastTouch: row.p_last,
        linear: row.p_linear,
        wShaped: row.p_w,
      },
      revenueCents: {
        firstTouch: row.r_first,
        lastTouch: row.r_last,
        linear: row.r_linear,
        wShaped: row.r_w,
      },
    })),
  }
}
