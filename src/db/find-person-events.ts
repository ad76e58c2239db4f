import { sql, type Kysely } from 'kysely'
import type { StoredEvent } from '../app/scoring/scoring-ports.ts'
import { toStoredEvent } from '../app/scoring/to-stored-event.ts'
import type { PersonId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

// [owner, id, type, epoch ms, key, properties]: events come back as one JSON array, which parses
// several times faster than one driver row per event (measured on PGlite: 20k events ~120 ms vs ~400).
type EventTuple = [string, string, string, number, string | null, Record<string, unknown> | null]

const toEvent = ([, id, type, atMs, key, properties]: EventTuple) =>
  toStoredEvent({ id, key, type, occurredAt: new Date(atMs), properties })

/** Every event of these people (a survivor's includes those of people merged into it), by person. */
export async function findPersonEvents(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  ids: readonly PersonId[],
): Promise<ReadonlyMap<PersonId, readonly StoredEvent[]>> {
  const grouped = new Map<PersonId, StoredEvent[]>()
  if (ids.length === 0) return grouped
  // A survivor's history includes the events of everyone merged into it.
  const { rows } = await sql<{ events: string | null }>`
    SELECT json_agg(json_build_array(e.owner, e.id, e.type, e.at_ms, e.key, e.properties))::text
      AS events
    FROM (
      SELECT a.person_id AS owner, a.id::text AS id, a.type,
        (extract(epoch FROM a.occurred_at) * 1000)::bigint AS at_ms,
        a.idempotency_key AS key, a.properties
      FROM activity a
      WHERE a.workspace_id = ${workspaceId} AND a.person_id = ANY(${[...ids]}::uuid[])
      UNION ALL
      SELECT m.merged_into, a.id::text, a.type, (extract(epoch FROM a.occurred_at) * 1000)::bigint,
        a.idempotency_key, a.properties
      FROM person m
      JOIN activity a ON a.workspace_id = m.workspace_id AND a.person_id = m.id
      WHERE m.workspace_id = ${workspaceId} AND m.merged_into = ANY(${[...ids]}::uuid[])) e`.execute(
    db,
  )
  const tuples = JSON.parse(rows[0]?.events ?? '[]') as EventTuple[]
  for (const tuple of tuples) {
    const owner = tuple[0] as PersonId
    const list = grouped.get(owner) ?? []
    list.push(toEvent(tuple))
    grouped.set(owner, list)
  }
  return grouped
}
