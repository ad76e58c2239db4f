import { sql } from 'kysely'
import type { LoadTarget } from './load-target.ts'
import type { LoadWorkspace } from './prepare-load-workspace.ts'

export type StoredRows = {
  /** Live people the lead stream added (all but the known ones; a lead merged into another is not). */
  readonly leads: number
  /** Capture activities the lead stream recorded. */
  readonly captures: number
  /** Activities the event stream recorded (its keys start with `load-`). */
  readonly events: number
}

/** Counts what the run left in the workspace, in a fresh connection after the server stopped. */
export async function countLoadRows(
  target: LoadTarget,
  workspace: LoadWorkspace,
): Promise<StoredRows> {
  const { db, storage } = await target.open()
  try {
    const { rows } = await sql<{ people: number; captures: number; events: number }>`SELECT
      (SELECT count(*)::int FROM person WHERE workspace_id = ${workspace.workspaceId}
        AND merged_into IS NULL) AS people,
      (SELECT count(*)::int FROM activity WHERE workspace_id = ${workspace.workspaceId}
        AND type = 'lead_captured') AS captures,
      (SELECT count(*)::int FROM activity WHERE workspace_id = ${workspace.workspaceId}
        AND idempotency_key LIKE 'event:load-%') AS events`.execute(db)
    const row = rows[0] ?? { people: 0, captures: 0, events: 0 }
    return { leads: row.people - workspace.knownPeople, captures: row.captures, events: row.events }
  } finally {
    await storage.close()
  }
}
