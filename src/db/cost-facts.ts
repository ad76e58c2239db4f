import { sql, type Kysely } from 'kysely'
import type { CostQuery } from '../app/ports.ts'
import type { CostFact } from '../core/analytics/index.ts'
import { canonicalStages } from '../core/funnel/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import { enteredAnyIn, enteredIn, entryOf } from './funnel-subject-sql.ts'
import type { Database } from './schema.ts'

/**
 * Per channel: spend prorated by the days of each spend row that fall in the period, and the people
 * of that source first entering inquiry, mql and won (or customer) in it (funnel_subject), and deals opened in it for
 * people of that source.
 */
export async function costFacts(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  { from, to }: CostQuery,
): Promise<CostFact[]> {
  const period = { from, to }
  const { rows } = await sql<{
    channel: string | null
    spend: string | null
    inquiries: number | null
    mqls: number | null
    opportunities: number | null
    customers: number | null
  }>`
    WITH spent AS (
      SELECT channel,
             sum(amount_cents * greatest(0,
               least(period_end + 1, ${to}::date) - greatest(period_start, ${from}::date))::numeric
               / (period_end - period_start + 1)) AS spend
      FROM spend WHERE workspace_id = ${workspaceId}
      GROUP BY channel),
    entered AS (
      SELECT p.source AS channel,
             count(*) FILTER (WHERE ${enteredIn(entryOf('inquiry'), period)})::int AS inquiries,
             count(*) FILTER (WHERE ${enteredIn(entryOf('mql'), period)})::int AS mqls,
             count(*) FILTER (WHERE ${enteredIn(entryOf('won'), period)}
                                 OR ${enteredIn(entryOf('customer'), period)})::int AS customers
      FROM funnel_subject f JOIN person p ON p.workspace_id = f.workspace_id AND p.id = f.person_id
      WHERE f.workspace_id = ${workspaceId}
        -- A channel shows when one of its people entered any stage in the period.
        AND ${enteredAnyIn(canonicalStages, period)}
      GROUP BY p.source),
    deals AS (
      SELECT p.source AS channel, count(*)::int AS opportunities
      FROM opportunity o
      JOIN person p ON p.workspace_id = o.workspace_id AND p.id = o.primary_person_id
      WHERE o.workspace_id = ${workspaceId} AND o.created_at >= ${from} AND o.created_at < ${to}
      GROUP BY p.source)
    SELECT channel, round(sum(spend))::text AS spend, sum(inquiries)::int AS inquiries,
           sum(mqls)::int AS mqls, sum(opportunities)::int AS opportunities,
           sum(customers)::int AS customers
    FROM (
      SELECT channel, spend, 0 AS inquiries, 0 AS mqls, 0 AS opportunities, 0 AS customers FROM spent
      UNION ALL SELECT channel, 0, inquiries, mqls, 0, customers FROM entered
      UNION ALL SELECT channel, 0, 0, 0, opportunities, 0 FROM deals) facts
    GROUP BY channel`.execute(db)
  return rows.map((row) => ({
    channel: row.channel,
    spendCents: row.spend === null ? 0 : Number(row.spend),
    inquiries: row.inquiries ?? 0,
    mqls: row.mqls ?? 0,
    opportunities: row.opportunities ?? 0,
    customers: row.customers ?? 0,
  }))
}
