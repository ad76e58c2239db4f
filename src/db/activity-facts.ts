import { sql, type Kysely } from 'kysely'
import type { ActivityFactsQuery } from '../app/reports/report-ports.ts'
import type { ActivityCount, ActivityRep } from '../core/analytics/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

/**
 * Active users, and activities of the goal types in the period per user: the one the activity
 * names in `properties.userId`, else the owner of its person (the rep whose touch it is).
 */
export async function activityFacts(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  { from, to, types }: ActivityFactsQuery,
): Promise<{ readonly reps: readonly ActivityRep[]; readonly counts: readonly ActivityCount[] }> {
  const reps = await db
    .selectFrom('user')
    .select(['id', 'name', 'role'])
    .where('workspace_id', '=', workspaceId)
    .where('active', '=', true)
    .orderBy('name')
    .execute()
  if (types.length === 0) return { reps, counts: [] }
  const { rows } = await sql<{ user_id: string | null; type: string; count: number }>`
    SELECT u.id AS user_id, a.type, count(*)::int AS count
    FROM activity a
    LEFT JOIN person p ON p.workspace_id = a.workspace_id AND p.id = a.person_id
    LEFT JOIN "user" u ON u.workspace_id = a.workspace_id
      AND u.id::text = coalesce(a.properties->>'userId', p.owner_id::text)
    WHERE a.workspace_id = ${workspaceId} AND a.type IN (${sql.join(types)})
      AND a.occurred_at >= ${from} AND a.occurred_at < ${to}
    GROUP BY u.id, a.type`.execute(db)
  return {
    reps,
    counts: rows.map((row) => ({ userId: row.user_id, type: row.type, count: row.count })),
  }
}
