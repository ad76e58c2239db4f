import { sql, type Kysely } from 'kysely'
import type { SegmentFactsQuery } from '../app/reports/report-ports.ts'
import type { CustomerRevenueFact, IcpFact, SegmentFacts } from '../core/analytics/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { segmentFilterSql } from './segment-filter-sql.ts'

const cents = (value: string | number) => Number(value)

/**
 * Won deals before the period's end per customer (account, else the deal's person, else the
 * deal), the period's lost deals, people engaged since `activeSince`, and each profile's accounts.
 */
export async function segmentFacts(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  query: SegmentFactsQuery,
): Promise<SegmentFacts> {
  const { from, to } = query
  const deals = sql`opportunity o
    LEFT JOIN account a ON a.workspace_id = o.workspace_id AND a.id = o.account_id
    LEFT JOIN person p ON p.workspace_id = o.workspace_id AND p.id = o.primary_person_id`
  const customers = await sql<{
    key: string
    name: string | null
    period_cents: string
    period_deals: number
    won_cents: string
    won_deals: number
    last_won_at: Date
  }>`
    SELECT coalesce(o.account_id::text, o.primary_person_id::text, o.id::text) AS key,
           min(coalesce(a.name, p.email, o.name)) AS name,
           coalesce(sum(o.amount_cents) FILTER (WHERE o.closed_at >= ${from}), 0)::text AS period_cents,
           count(*) FILTER (WHERE o.closed_at >= ${from})::int AS period_deals,
           sum(o.amount_cents)::text AS won_cents, count(*)::int AS won_deals,
           max(o.closed_at) AS last_won_at
    FROM ${deals}
    WHERE o.workspace_id = ${workspaceId} AND o.status = 'won' AND o.closed_at < ${to}
    GROUP BY 1`.execute(db)
  const lostWhere = sql`o.workspace_id = ${workspaceId} AND o.status = 'lost'
    AND o.closed_at >= ${from} AND o.closed_at < ${to}`
  const lost = await sql<{
    id: string
    name: string
    customer: string | null
    amount_cents: string
    closed_at: Date
    reason: string | null
    owner: string | null
  }>`
    SELECT o.id, o.name, coalesce(a.name, p.email) AS customer, o.amount_cents::text AS amount_cents,
           o.closed_at, o.close_reason AS reason, u.email AS owner
    FROM ${deals} LEFT JOIN "user" u ON u.workspace_id = o.workspace_id AND u.id = o.owner_id
    WHERE ${lostWhere}
    ORDER BY o.amount_cents DESC, o.closed_at DESC, o.id LIMIT ${query.lostLimit}`.execute(db)
  const lostTotal = await sql<{ count: number; cents: string }>`
    SELECT count(*)::int AS count, coalesce(sum(o.amount_cents), 0)::text AS cents
    FROM opportunity o WHERE ${lostWhere}`.execute(db)
  const touched = (since: Date | null) => sql`EXISTS (SELECT 1 FROM activity act
    WHERE act.workspace_id = p.workspace_id AND act.person_id = p.id AND act.occurred_at < ${to}
    ${since === null ? sql`` : sql`AND act.occurred_at >= ${since}`})`
  const engagement = await sql<{ people: number; active: number; never: number }>`
    SELECT count(*)::int AS people,
           count(*) FILTER (WHERE ${touched(query.activeSince)})::int AS active,
           count(*) FILTER (WHERE NOT ${touched(null)})::int AS never
    FROM person p WHERE p.workspace_id = ${workspaceId} AND p.merged_into IS NULL`.execute(db)
  const accounts = sql`account a WHERE a.workspace_id = ${workspaceId} AND a.merged_into IS NULL`
  const universe = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${accounts}`.execute(db)
  const icp: IcpFact[] = []
  for (const profile of query.icp ?? []) {
    const fits = segmentFilterSql(profile.filter, 'account', to)
    const { rows } = await sql<{ accounts: number; customers: number }>`
      SELECT count(*)::int AS accounts,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM opportunity o
               WHERE o.workspace_id = a.workspace_id AND o.account_id = a.id
                 AND o.status = 'won' AND o.closed_at < ${to}))::int AS customers
      FROM ${accounts} AND ${fits}`.execute(db)
    icp.push({
      product: profile.product,
      accounts: rows[0]?.accounts ?? 0,
      customers: rows[0]?.customers ?? 0,
    })
  }
  const counts = engagement.rows[0] ?? { people: 0, active: 0, never: 0 }
  return {
    customers: customers.rows.map((row): CustomerRevenueFact => ({
      key: row.key,
      name: row.name,
      periodCents: cents(row.period_cents),
      periodDeals: row.period_deals,
      wonCents: cents(row.won_cents),
      wonDeals: row.won_deals,
      lastWonAt: row.last_won_at,
    })),
    lost: {
      deals: lost.rows.map((row) => ({
        id: row.id,
        name: row.name,
        customer: row.customer,
        amountCents: cents(row.amount_cents),
        closedAt: row.closed_at,
        reason: row.reason,
        owner: row.owner,
      })),
      count: lostTotal.rows[0]?.count ?? 0,
      amountCents: cents(lostTotal.rows[0]?.cents ?? 0),
    },
    engagement: { people: counts.people, active: counts.active, neverEngaged: counts.never },
    accounts: universe.rows[0]?.n ?? 0,
    icp: query.icp === null ? null : icp,
  }
}
