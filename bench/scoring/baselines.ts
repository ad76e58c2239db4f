import { sql, type Kysely } from 'kysely'
import type { EventInput } from '../../src/core/imports/index.ts'
import type { WorkspaceId } from '../../src/core/shared/index.ts'
import type { Database } from '../../src/db/schema.ts'

/**
 * The ingest baseline: the same events as plain multi-row INSERTs into activity (person ids known
 * up front), one transaction per batch; the rows are removed again so ingest starts from the same
 * history.
 */
export async function insertPlain(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  batches: readonly (readonly EventInput[])[],
): Promise<void> {
  const { rows } = await sql<{ id: string; email_normalized: string }>`
    SELECT id, email_normalized FROM person WHERE workspace_id = ${workspaceId}`.execute(db)
  const ids = new Map(rows.map((row) => [row.email_normalized, row.id]))
  for (const batch of batches) {
    await db.transaction().execute((tx) =>
      tx
        .insertInto('activity')
        .values(
          batch.map((event) => ({
            workspace_id: workspaceId,
            person_id: ids.get(event.email ?? '') ?? null,
            type: event.type ?? '',
            occurred_at: event.occurredAt ?? '',
            properties: '{}',
            idempotency_key: `baseline:${event.idempotencyKey ?? ''}`,
          })),
        )
        .execute(),
    )
  }
}

export async function removePlain(db: Kysely<Database>, workspaceId: WorkspaceId): Promise<void> {
  await sql`DELETE FROM activity WHERE workspace_id = ${workspaceId}
    AND idempotency_key LIKE 'baseline:%'`.execute(db)
}

/** The rebuild baseline: one SQL SUM(points * exp(-lambda * age)) GROUP BY person over all events. */
export async function sumDecayed(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  types: readonly { type: string; points: number; halfLifeDays: number | null }[],
  now: Date,
): Promise<number> {
  const { rows } = await sql<{ people: number }>`
    SELECT count(*)::int AS people FROM (
      SELECT a.person_id, sum(r.points * exp(-r.lambda
          * extract(epoch FROM (${now.toISOString()}::timestamptz - a.occurred_at)) / 86400)) AS score
      FROM activity a
      JOIN unnest(${types.map((t) => t.type)}::text[], ${types.map((t) => t.points)}::float8[],
        ${types.map((t) => (t.halfLifeDays === null ? 0 : Math.LN2 / t.halfLifeDays))}::float8[])
        AS r(type, points, lambda) ON r.type = a.type
      WHERE a.workspace_id = ${workspaceId}
      GROUP BY a.person_id) s`.execute(db)
  return rows[0]?.people ?? 0
}
