import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { CustomerQuery } from '../app/reports/report-ports.ts'
import {
  type CustomerFact,
  type MarketFact,
  type PipelineDimension,
} from '../core/analytics/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import { groupOf } from './group-of.ts'
import type { Database } from './schema.ts'

// A customer's cohort is the month of its first win; product, owner and source (its primary
// person's) are the won deal's.
const dimensionSql: Record<PipelineDimension, RawBuilder<string | null>> = {
  product: sql`k.product`,
  owner: sql`k.owner`,
  cohort: sql`to_char(k.first_win AT TIME ZONE 'UTC', 'YYYY-MM')`,
  source: sql`k.source`,
}

/**
 * Won deals closed before the period's end, per customer (account, else the deal's person, else the
 * deal): lifetime revenue, whether its first win fell in the period, and the period's revenue by
 * kind. A deal's `dealType` property (new..., renewal..., anything else is expansion) wins over the
 * order of the customer's wins.
 */
export async function customerFacts(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  { from, to, by }: CustomerQuery,
): Promise<{ groups: CustomerFact[]; market: MarketFact }> {
  const { rows } = await sql<{
    grp: string | null
    is_total: number
    customers: number
    new_customers: number
    lifetime: string
    median: number | null
    won_deals: number
    new_cents: string
    expansion_cents: string
    renewal_cents: string
  }>`
    WITH won AS (
      SELECT o.id, o.amount_cents, o.closed_at, o.product, u.email AS owner,
             coalesce(o.account_id::text, o.primary_person_id::text, o.id::text) AS customer,
             lower(o.properties->>'dealType') AS declared,
             (SELECT p.source FROM person p
               WHERE p.workspace_id = o.workspace_id AND p.id = o.primary_person_id) AS source
      FROM opportunity o
      LEFT JOIN "user" u ON u.workspace_id = o.workspace_id AND u.id = o.owner_id
      WHERE o.workspace_id = ${workspaceId} AND o.status = 'won' AND o.closed_at < ${to}),
    kinded AS (
      SELECT w.*, min(w.closed_at) OVER (PARTITION BY w.customer) AS first_win,
             CASE WHEN w.declared LIKE 'renewal%' THEN 'renewal'
                  WHEN w.declared LIKE 'new%' THEN 'new'
                  WHEN w.declared IS NOT NULL THEN 'expansion'
                  WHEN row_number() OVER (PARTITION BY w.customer ORDER BY w.closed_at, w.id) = 1
                    THEN 'new'
                  ELSE 'expansion' END AS kind
      FROM won w),
    per_customer AS (
      SELECT ${by === null ? sql`NULL::text` : dimensionSql[by]} AS grp,
             GROUPING(${by === null ? sql`NULL::text` : dimensionSql[by]}) AS is_total,
             k.customer, sum(k.amount_cents) AS lifetime,
             bool_or(k.closed_at = k.first_win AND k.first_win >= ${from}) AS is_new,
             count(*) FILTER (WHERE k.closed_at >= ${from}) AS won_deals,
             coalesce(sum(k.amount_cents) FILTER (WHERE k.closed_at >= ${from} AND k.kind = 'new'), 0) AS new_cents,
             coalesce(sum(k.amount_cents) FILTER (WHERE k.closed_at >= ${from} AND k.kind = 'expansion'), 0) AS expansion_cents,
             coalesce(sum(k.amount_cents) FILTER (WHERE k.closed_at >= ${from} AND k.kind = 'renewal'), 0) AS renewal_cents
      FROM kinded k
      GROUP BY k.customer, GROUPING SETS ((${by === null ? sql`NULL::text` : dimensionSql[by]}), ()))
    SELECT grp, is_total, count(*)::int AS customers, count(*) FILTER (WHERE is_new)::int AS new_customers,
           sum(lifetime)::text AS lifetime,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY lifetime) AS median,
           sum(won_deals)::int AS won_deals, sum(new_cents)::text AS new_cents,
           sum(expansion_cents)::text AS expansion_cents, sum(renewal_cents)::text AS renewal_cents
    FROM per_customer GROUP BY is_total, grp`.execute(db)
  return {
    groups: rows.map((row) => ({
      group: groupOf(row),
      customers: row.customers,
      newCustomers: row.new_customers,
      lifetimeCents: Number(row.lifetime),
      lifetimeMedianCents: row.median,
      wonDeals: row.won_deals,
      newCents: Number(row.new_cents),
      expansionCents: Number(row.expansion_cents),
      renewalCents: Number(row.renewal_cents),
    })),
    market: await marketFact(db, workspaceId, { from, to }),
  }
}

// Recorded market sizes prorated by the days of each record inside the period (as spend is).
async function marketFact(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  { from, to }: { from: Date; to: Date },
): Promise<MarketFact> {
  const { rows } = await sql<{ market: string | null; covered: number | null; days: number }>`
    WITH overlap AS (
      SELECT amount_cents, period_end - period_start + 1 AS length,
             greatest(0, least(period_end + 1, ${to}::date) - greatest(period_start, ${from}::date)) AS inside
      FROM market_size WHERE workspace_id = ${workspaceId})
    SELECT round(sum(amount_cents * inside::numeric / length))::text AS market,
           sum(inside)::int AS covered, (${to}::date - ${from}::date)::int AS days
    FROM overlap`.execute(db)
  const row = rows[0]
  return {
    marketCents: row?.market == null ? 0 : Number(row.market),
    coveredDays: row?.covered ?? 0,
    periodDays: row?.days ?? 0,
  }
}
