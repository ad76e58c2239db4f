import { sql, type Kysely } from 'kysely'
import type { PersonId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

/**
 * Recomputes the funnel's first entries (funnel_subject, migration 0021) of these people from their
 * whole history, the people merged into them included; a person merged away loses its row. Merges
 * and unmerges call it for the people they moved.
 */
export async function refreshFunnelSubjects(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  subjects: readonly PersonId[],
): Promise<void> {
  if (subjects.length === 0) return
  await sql`SELECT refresh_funnel_subjects(${workspaceId}, ${[...new Set(subjects)]}::uuid[])`.execute(
    db,
  )
}
