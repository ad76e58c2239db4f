import { sql, type Kysely } from 'kysely'
import type { CostQuery } from '../app/ports.ts'
import type { DispositionFact } from '../core/analytics/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

/** Moves of people into the outcome stages in the period, by stage, reason code and source. */
export async function dispositionFacts(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  { from, to }: CostQuery,
  stages: readonly string[],
): Promise<DispositionFact[]> {
  if (stages.length === 0) return []
  const { rows } = await sql<{
    stage: string
    reason_code: string | null
    source: string | null
    moves: number
    notes: string[] | null
  }>`
    SELECT se.to_stage AS stage, se.reason_code, p.source, count(*)::int AS moves,
           (array_agg(se.note ORDER BY se.occurred_at DESC, se.id DESC)
              FILTER (WHERE se.note IS NOT NULL))[1:3] AS notes
    FROM stage_event se
    JOIN person p ON p.workspace_id = se.workspace_id AND p.id = se.person_id
    WHERE se.workspace_id = ${workspaceId} AND se.subject_type = 'person'
      AND se.to_stage IN (${sql.join(stages)}) AND se.occurred_at >= ${from} AND se.occurred_at < ${to}
    GROUP BY se.to_stage, se.reason_code, p.source`.execute(db)
  return rows.map((row) => ({
    stage: row.stage,
    reasonCode: row.reason_code,
    source: row.source,
    moves: row.moves,
    notes: row.notes ?? [],
  }))
}
