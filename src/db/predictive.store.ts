import { sql, type Kysely } from 'kysely'
import type {
  AccountProfileRow,
  PersonOutcomeFacts,
  PredictiveStore,
} from '../app/predict/predictive-ports.ts'
import type { CaptureFacts } from '../core/predict/index.ts'
import type { AccountId, PersonId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

type FactRow = {
  id: string
  captured_at: Date
  converted_at: Date | null
  disqualified_at: Date | null
  won_at: Date | null
  lost_at: Date | null
  last_activity_at: Date | null
  source: string | null
  title: string | null
  country: string | null
  flags: { freeMail?: boolean } | null
  properties: Record<string, unknown> | null
  industry: string | null
  employee_count: number | null
  annual_revenue_cents: string | number | null
  account_country: string | null
  account_id: string | null
}

const toDate = (value: Date | string | null) => (value === null ? null : new Date(value))

function toCapture(row: FactRow): CaptureFacts {
  const properties: Record<string, string> = {}
  for (const [name, value] of Object.entries(row.properties ?? {}))
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      properties[name] = String(value)
  return {
    capturedAt: new Date(row.captured_at),
    source: row.source,
    title: row.title,
    country: row.country,
    freeMail: row.flags?.freeMail ?? null,
    properties,
    account:
      row.account_id === null
        ? null
        : {
            industry: row.industry,
            employeeCount: row.employee_count,
            annualRevenueCents:
              row.annual_revenue_cents === null ? null : Number(row.annual_revenue_cents),
            country: row.account_country,
          },
  }
}

// A survivor's history includes the stage events, deals and activities of people merged into it.
function factsQuery(workspaceId: WorkspaceId, filter: ReturnType<typeof sql>) {
  return sql<FactRow>`
    WITH owner AS (
      SELECT id, coalesce(merged_into, id) AS owner FROM person WHERE workspace_id = ${workspaceId}
    ), stages AS (
      SELECT o.owner AS person_id, min(se.occurred_at) AS captured_at,
        min(se.occurred_at) FILTER (WHERE se.to_stage IN ('sql', 'opportunity', 'won', 'customer'))
          AS converted_at,
        min(se.occurred_at) FILTER (WHERE se.to_stage = 'disqualified') AS disqualified_at
      FROM stage_event se JOIN owner o ON o.id = se.person_id
      WHERE se.workspace_id = ${workspaceId} AND se.person_id IS NOT NULL
      GROUP BY o.owner
    ), deals AS (
      SELECT o.owner AS person_id,
        min(coalesce(d.closed_at, d.updated_at)) FILTER (WHERE d.status = 'won') AS won_at,
        min(coalesce(d.closed_at, d.updated_at)) FILTER (WHERE d.status = 'lost') AS lost_at
      FROM opportunity d JOIN owner o ON o.id = d.primary_person_id
      WHERE d.workspace_id = ${workspaceId}
      GROUP BY o.owner
    ), acts AS (
      SELECT o.owner AS person_id, max(a.occurred_at) AS last_activity_at
      FROM activity a JOIN owner o ON o.id = a.person_id
      WHERE a.workspace_id = ${workspaceId}
      GROUP BY o.owner
    )
    SELECT p.id, s.captured_at, s.converted_at, s.disqualified_at, d.won_at, d.lost_at,
      a.last_activity_at, p.source, p.title, p.country, p.flags, p.properties, p.account_id,
      acc.industry, acc.employee_count, acc.annual_revenue_cents, acc.country AS account_country
    FROM person p
    JOIN stages s ON s.person_id = p.id
    LEFT JOIN deals d ON d.person_id = p.id
    LEFT JOIN acts a ON a.person_id = p.id
    LEFT JOIN account acc ON acc.workspace_id = p.workspace_id AND acc.id = p.account_id
    WHERE p.workspace_id = ${workspaceId} AND p.merged_into IS NULL AND ${filter}
    ORDER BY s.captured_at, p.id`
}

/** Predictive scoring's reads: outcome facts for training, capture facts for scoring, accounts. */
export function predictiveStore(db: Kysely<Database>, workspaceId: WorkspaceId): PredictiveStore {
  return {
    async findOutcomeFacts(since) {
      const filter = since === null ? sql`true` : sql`s.captured_at >= ${since}`
      const { rows } = await factsQuery(workspaceId, filter).execute(db)
      return rows.map((row): PersonOutcomeFacts => ({
        personId: row.id as PersonId,
        outcome: {
          capturedAt: new Date(row.captured_at),
          convertedAt: toDate(row.converted_at),
          wonAt: toDate(row.won_at),
          disqualifiedAt: toDate(row.disqualified_at),
          lostAt: toDate(row.lost_at),
          lastActivityAt: toDate(row.last_activity_at),
        },
        capture: toCapture(row),
      }))
    },
    async findCaptureFacts(ids) {
      const found = new Map<PersonId, CaptureFacts>()
      if (ids.length === 0) return found
      const filter = sql`p.id = ANY(${[...ids]}::uuid[])`
      const { rows } = await factsQuery(workspaceId, filter).execute(db)
      for (const row of rows) found.set(row.id as PersonId, toCapture(row))
      return found
    },
    async listAccountProfiles() {
      const rows = await db
        .selectFrom('account')
        .select(['id', 'name', 'industry', 'employee_count', 'annual_revenue_cents', 'country'])
        .select('region')
        .where('workspace_id', '=', workspaceId)
        .where('merged_into', 'is', null)
        .orderBy('name')
        .orderBy('id')
        .execute()
      return rows.map((row): AccountProfileRow => ({
        id: row.id as AccountId,
        name: row.name,
        industry: row.industry,
        employeeCount: row.employee_count,
        annualRevenueCents:
          row.annual_revenue_cents === null ? null : Number(row.annual_revenue_cents),
        country: row.country,
        region: row.region,
      }))
    },
  }
}
