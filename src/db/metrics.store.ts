import { sql, type Kysely } from 'kysely'
import type { MetricsStore } from '../app/ports.ts'
import { type FunnelDimension, type StagePair } from '../core/analytics/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import { costFacts } from './cost-facts.ts'
import { countFunnel } from './count-funnel.ts'
import { dimensionOf, entryOf, subjectsFor } from './funnel-subject-sql.ts'
import { dispositionFacts } from './disposition-facts.ts'
import { pipelineFacts } from './pipeline-facts.ts'
import { groupOf } from './group-of.ts'
import type { Database } from './schema.ts'

/**
 * Funnel and velocity facts for one workspace, from each subject's first entry into each stage
 * (funnel_subject, kept from stage events; a merged person's history counts for the person it was
 * merged into), read in one pass: stage entries or stage pairs are unfolded from a subject's row.
 */
export function metricsStore(db: Kysely<Database>, workspaceId: WorkspaceId): MetricsStore {
  // One row per pair a subject entered the first stage of in the period, with when it reached the second.
  const pairEntries = (
    by: FunnelDimension | null,
    period: { readonly from: Date; readonly to: Date },
    pairs: readonly StagePair[],
  ) => sql`
    SELECT k.from_stage, k.to_stage, k.at, k.to_at, ${dimensionOf(by, { at: sql`k.at`, version: sql`k.version` })} AS grp
    FROM ${subjectsFor(by)}
    CROSS JOIN LATERAL (VALUES ${sql.join(
      pairs.map(
        (pair) =>
          sql`(${pair.from}::text, ${pair.to}::text, ${entryOf(pair.from).at}, ${entryOf(pair.to).at}, ${entryOf(pair.from).version})`,
      ),
    )}) AS k(from_stage, to_stage, at, to_at, version)
    WHERE f.workspace_id = ${workspaceId} AND k.at >= ${period.from} AND k.at < ${period.to}`

  return {
    pipelineFacts: (query) => pipelineFacts(db, workspaceId, query),
    costFacts: (query) => costFacts(db, workspaceId, query),
    dispositionFacts: (query, stages) => dispositionFacts(db, workspaceId, query, stages),
    async funnelFacts({ from, to, by, pairs }) {
      const { flow, cohorts } = await countFunnel(db, workspaceId, { from, to, by, pairs })
      return {
        flow: flow.map((row) => ({
          group: groupOf(row),
          stage: row.stage,
          subjects: row.subjects,
        })),
        cohorts: cohorts.map((row) => ({
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
        SELECT x.from_stage, x.to_stage, ${by === null ? sql`NULL::text AS grp, 1 AS is_total` : sql`x.grp, GROUPING(x.grp) AS is_total`},
               count(*)::int AS moved, count(*) FILTER (WHERE x.to_at < x.at)::int AS backwards,
               percentile_cont(ARRAY[0.5, 0.75, 0.9]) WITHIN GROUP
                 (ORDER BY extract(epoch FROM x.to_at - x.at) / 86400) AS days
        FROM (${pairEntries(by, { from, to }, pairs)}) x
        WHERE x.to_at IS NOT NULL
        GROUP BY x.from_stage, x.to_stage${
          // Unsplit, the total is the only row the report reads: no second pass for a null group.
          by === null ? sql`` : sql`, GROUPING SETS ((x.grp), ())`
        }`.execute(db)
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
        SELECT x.from_stage, x.to_stage, x.grp, x.at AS entered_at, x.to_at AS reached_at
        FROM (${pairEntries(by, { from, to }, pairs)}) x
        WHERE x.to_at >= x.at`.execute(db)
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
