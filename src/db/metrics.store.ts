import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { MetricsStore } from '../app/ports.ts'
import { type FunnelDimension, type StagePair } from '../core/analytics/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import { costFacts } from './cost-facts.ts'
import { dispositionFacts } from './disposition-facts.ts'
import { pipelineFacts } from './pipeline-facts.ts'
import { groupOf } from './group-of.ts'
import type { Database } from './schema.ts'

// The value a subject is grouped by; cohort and agreement version belong to the entry itself.
const dimensionSql: Record<FunnelDimension, RawBuilder<string | null>> = {
  source: sql`p.source`,
  owner: sql`u.email`,
  country: sql`p.country`,
  cohort: sql`to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM')`,
  agreement_version: sql`e.version::text`,
  week: sql`to_char(e.at AT TIME ZONE 'UTC', 'IYYY-"W"IW')`,
}

/**
 * Funnel and velocity facts for one workspace, from stage events: each person's first entry into each
 * stage (a merged person's history counts for the person it was merged into).
 */
export function metricsStore(db: Kysely<Database>, workspaceId: WorkspaceId): MetricsStore {
  const entries = (by: FunnelDimension | null) => sql`
    WITH first_entry AS (
      SELECT coalesce(p.merged_into, p.id) AS subject, se.to_stage AS stage,
             min(se.occurred_at) AS at,
             (array_agg(se.agreement_version ORDER BY se.occurred_at, se.id))[1] AS version
      FROM stage_event se
      JOIN person p ON p.workspace_id = se.workspace_id AND p.id = se.person_id
      WHERE se.workspace_id = ${workspaceId} AND se.subject_type = 'person'
      GROUP BY 1, 2),
    keyed AS (
      SELECT e.subject, e.stage, e.at, ${by === null ? sql`NULL::text` : dimensionSql[by]} AS grp
      FROM first_entry e
      JOIN person p ON p.workspace_id = ${workspaceId} AND p.id = e.subject
      LEFT JOIN "user" u ON u.workspace_id = p.workspace_id AND u.id = p.owner_id)`
  const pairsSql = (pairs: readonly StagePair[]) =>
    sql`(VALUES ${sql.join(pairs.map((pair) => sql`(${pair.from}, ${pair.to})`))}) AS pr(from_stage, to_stage)`

  return {
    pipelineFacts: (query) => pipelineFacts(db, workspaceId, query),
    costFacts: (query) => costFacts(db, workspaceId, query),
    dispositionFacts: (query, stages) => dispositionFacts(db, workspaceId, query, stages),
    async funnelFacts({ from, to, by, pairs }) {
      const flow = await sql<{
        grp: string | null
        is_total: number
        stage: string
        subjects: number
      }>`
        ${entries(by)}
        SELECT k.stage, k.grp, GROUPING(k.grp) AS is_total, count(*)::int AS subjects
        FROM keyed k WHERE k.at >= ${from} AND k.at < ${to}
        GROUP BY k.stage, GROUPING SETS ((k.grp), ())`.execute(db)
      const cohorts = await sql<{
        grp: string | null
        is_total: number
        from_stage: string
        to_stage: string
        cohort: number
        reached: number
      }>`
        ${entries(by)}
        SELECT pr.from_stage, pr.to_stage, k.grp, GROUPING(k.grp) AS is_total,
               count(*)::int AS cohort, count(r.subject)::int AS reached
        FROM ${pairsSql(pairs)}
        JOIN keyed k ON k.stage = pr.from_stage AND k.at >= ${from} AND k.at < ${to}
        LEFT JOIN keyed r ON r.subject = k.subject AND r.stage = pr.to_stage
        GROUP BY pr.from_stage, pr.to_stage, GROUPING SETS ((k.grp), ())`.execute(db)
      return {
        flow: flow.rows.map((row) => ({
          group: groupOf(row),
          stage: row.stage,
          subjects: row.subjects,
        })),
        cohorts: cohorts.rows.map((row) => ({
          group: groupOf(row),
          from: row.from_stage,
          to: row.to_stage,
          cohort: row.cohort,
          reached: row.reached,
        })),
      }
    },
    async velocityFacts({ from, to, by, pairs }) {
      const { rows } = await sql<{
        grp: string | null
        is_total: number
        from_stage: string
        to_stage: string
        moved: number
        backwards: number
        days: (number | null)[] | null
      }>`
        ${entries(by)}
        SELECT pr.from_stage, pr.to_stage, k.grp, GROUPING(k.grp) AS is_total,
               count(*)::int AS moved, count(*) FILTER (WHERE r.at < k.at)::int AS backwards,
               percentile_cont(ARRAY[0.5, 0.75, 0.9]) WITHIN GROUP
                 (ORDER BY extract(epoch FROM r.at - k.at) / 86400) AS days
        FROM ${pairsSql(pairs)}
        JOIN keyed k ON k.stage = pr.from_stage AND k.at >= ${from} AND k.at < ${to}
        JOIN keyed r ON r.subject = k.subject AND r.stage = pr.to_stage
        GROUP BY pr.from_stage, pr.to_stage, GROUPING SETS ((k.grp), ())`.execute(db)
      return rows.map((row) => ({
        group: groupOf(row),
        from: row.from_stage,
        to: row.to_stage,
        moved: row.moved,
        backwards: row.backwards,
        medianDays: row.days?.[0] ?? null,
        p75Days: row.days?.[1] ?? null,
        p90Days: row.days?.[2] ?? null,
      }))
    },
    async velocityIntervals({ from, to, by, pairs }) {
      const { rows } = await sql<{
        grp: string | null
        from_stage: string
        to_stage: string
        entered_at: Date
        reached_at: Date
      }>`
        ${entries(by)}
        SELECT pr.from_stage, pr.to_stage, k.grp, k.at AS entered_at, r.at AS reached_at
        FROM ${pairsSql(pairs)}
        JOIN keyed k ON k.stage = pr.from_stage AND k.at >= ${from} AND k.at < ${to}
        JOIN keyed r ON r.subject = k.subject AND r.stage = pr.to_stage AND r.at >= k.at`.execute(
        db,
      )
      return rows.map((row) => ({
        group: row.grp,
        from: row.from_stage,
        to: row.to_stage,
        enteredAt: new Date(row.entered_at),
        reachedAt: new Date(row.reached_at),
      }))
    },
  }
}
