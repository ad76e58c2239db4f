import { sql, type Kysely } from 'kysely'
import type { ComplianceFact } from '../core/analytics/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

/** First-response clocks started in the period; on time when stopped at or before their due time. */
export async function responseCompliance(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  { from, to }: { readonly from: Date; readonly to: Date },
): Promise<ComplianceFact> {
  const { rows } = await sql<ComplianceFact>`
    SELECT count(*)::int AS clocks,
           count(*) FILTER (WHERE stopped_at IS NOT NULL AND stopped_at <= due_at)::int AS "onTime"
    FROM sla_clock
    WHERE workspace_id = ${workspaceId} AND kind = 'first_response'
      AND started_at >= ${from} AND started_at < ${to}`.execute(db)
  return rows[0] ?? { clocks: 0, onTime: 0 }
}
