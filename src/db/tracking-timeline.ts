import { sql, type Kysely } from 'kysely'
import type { TimelineEntry } from '../app/tracking/tracking-ports.ts'
import type { AccountId, PersonId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

/** A person's activities, and those of everyone merged into them, newest first. */
export async function trackingTimeline(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  personId: PersonId,
  limit: number,
): Promise<readonly TimelineEntry[]> {
  const { rows } = await sql<{
    id: string
    type: string
    occurred_at: Date
    visitor_id: string | null
    account_id: string | null
    properties: Record<string, unknown> | null
  }>`
    SELECT a.id::text AS id, a.type, a.occurred_at, a.visitor_id, a.account_id, a.properties
    FROM activity a
    WHERE a.workspace_id = ${workspaceId} AND (a.person_id = ${personId} OR a.person_id IN (
      SELECT m.id FROM person m WHERE m.workspace_id = ${workspaceId} AND m.merged_into = ${personId}))
    ORDER BY a.occurred_at DESC, a.id DESC
    LIMIT ${limit}`.execute(db)
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    occurredAt: row.occurred_at,
    visitorId: row.visitor_id,
    accountId: row.account_id as AccountId | null,
    properties: row.properties ?? {},
  }))
}
