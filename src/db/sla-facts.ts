import type { Kysely } from 'kysely'
import type { SlaFacts } from '../core/analytics/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { toSlaClock } from './sla-clock-rows.ts'

/** Clocks started in the period, and the users who own them with their team's name. */
export async function slaFacts(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  { from, to }: { readonly from: Date; readonly to: Date },
): Promise<SlaFacts> {
  const rows = await db
    .selectFrom('sla_clock')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('started_at', '>=', from)
    .where('started_at', '<', to)
    .orderBy('started_at')
    .orderBy('id')
    .execute()
  const owners = await db
    .selectFrom('user as u')
    .leftJoin('team as t', (join) =>
      join.onRef('t.workspace_id', '=', 'u.workspace_id').onRef('t.id', '=', 'u.team_id'),
    )
    .select(['u.id', 'u.name', 't.name as team'])
    .where('u.workspace_id', '=', workspaceId)
    .execute()
  return { clocks: rows.map(toSlaClock), owners }
}
