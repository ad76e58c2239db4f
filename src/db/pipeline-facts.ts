import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { PipelineQuery } from '../app/ports.ts'
import { type PipelineDimension, type DealPipelineFacts } from '../core/analytics/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import { groupOf } from './group-of.ts'
import type { Database } from './schema.ts'

const dimensionSql: Record<PipelineDimension, RawBuilder<string | null>> = {
  product: sql`o.product`,
  owner: sql`u.email`,
  cohort: sql`to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM')`,
  source: sql`(SELECT p.source FROM person p
                WHERE p.workspace_id = o.workspace_id AND p.id = o.primary_person_id)`,
}

const days = (value: number | null | undefined) => value ?? null

/**
 * Pipeline facts from the opportunity table: deals opened in the period by current stage (with those
 * whose stage has not moved since `silentBefore`), and deals closed in it with their cycle times.
 */
export async function pipelineFacts(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  { from, to, by, silentBefore }: PipelineQuery,
): Promise<DealPipelineFacts> {
  const deal = sql`WITH deal AS (
    SELECT o.stage, o.status, o.amount_cents, o.created_at, o.closed_at,
           ${by === null ? sql`NULL::text` : dimensionSql[by]} AS grp,
           coalesce((SELECT max(se.occurred_at) FROM stage_event se
                     WHERE se.workspace_id = o.workspace_id AND se.opportunity_id = o.id),
                    o.created_at) AS moved_at
    FROM opportunity o
    LEFT JOIN "user" u ON u.workspace_id = o.workspace_id AND u.id = o.owner_id
    WHERE o.workspace_id = ${workspaceId})`
  const stages = await sql<{
    grp: string | null
    is_total: number
    stage: string
    status: 'open' | 'won' | 'lost'
    deals: number
    amount: string
    silent: number
    silent_amount: string
  }>`${deal}
    SELECT grp, GROUPING(grp) AS is_total, stage, status, count(*)::int AS deals,
           coalesce(sum(amount_cents), 0)::text AS amount,
           count(*) FILTER (WHERE status = 'open' AND moved_at < ${silentBefore})::int AS silent,
           coalesce(sum(amount_cents) FILTER (WHERE status = 'open' AND moved_at < ${silentBefore}), 0)::text
             AS silent_amount
    FROM deal WHERE created_at >= ${from} AND created_at < ${to}
    GROUP BY stage, status, GROUPING SETS ((grp), ())`.execute(db)
  const closes = await sql<{
    grp: string | null
    is_total: number
    won: number
    lost: number
    won_amount: string
    days: (number | null)[] | null
  }>`${deal}
    SELECT grp, GROUPING(grp) AS is_total,
           count(*) FILTER (WHERE status = 'won')::int AS won,
           count(*) FILTER (WHERE status = 'lost')::int AS lost,
           coalesce(sum(amount_cents) FILTER (WHERE status = 'won'), 0)::text AS won_amount,
           percentile_cont(ARRAY[0.5, 0.75, 0.9]) WITHIN GROUP
             (ORDER BY extract(epoch FROM closed_at - created_at) / 86400) AS days
    FROM deal WHERE status IN ('won', 'lost') AND closed_at >= ${from} AND closed_at < ${to}
    GROUP BY GROUPING SETS ((grp), ())`.execute(db)
  return {
    stages: stages.rows.map((row) => ({
      group: groupOf(row),
      stage: row.stage,
      status: row.status,
      deals: row.deals,
      amountCents: Number(row.amount),
      silentDeals: row.silent,
      silentAmountCents: Number(row.silent_amount),
    })),
    closes: closes.rows.map((row) => ({
      group: groupOf(row),
      won: row.won,
      lost: row.lost,
      wonAmountCents: Number(row.won_amount),
      cycleMedianDays: days(row.days?.[0]),
      cycleP75Days: days(row.days?.[1]),
      cycleP90Days: days(row.days?.[2]),
    })),
  }
}
