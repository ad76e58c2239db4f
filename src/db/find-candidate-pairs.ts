import { sql, type Kysely } from 'kysely'
import { orderPair } from '../core/duplicates/index.ts'
import type { PersonId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

/** How many existing people one new person is compared with per blocking key (oldest first). */
export const candidatesPerKey = 20

/**
 * Pairs (lower id first) of live people where one is in `personIds` and they share an E.164 phone,
 * or a folded last name (baton_name_key) at one account: one statement for the whole list.
 */
export async function findCandidatePairs(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  personIds: readonly PersonId[],
): Promise<[PersonId, PersonId][]> {
  if (personIds.length === 0) return []
  // Blocking: one lateral probe per new person and key, each bounded and served by an index.
  const { rows } = await sql<{ a: string; b: string }>`
      WITH fresh AS (
        SELECT id, phone, account_id, baton_name_key(last_name) AS name_key FROM person
        WHERE workspace_id = ${workspaceId} AND merged_into IS NULL
          AND id IN (${sql.join(personIds)}))
      SELECT f.id AS a, o.id AS b FROM fresh f CROSS JOIN LATERAL (
        SELECT p.id FROM person p
        WHERE p.workspace_id = ${workspaceId} AND p.phone = f.phone
          AND p.merged_into IS NULL AND p.id <> f.id
        ORDER BY p.created_at LIMIT ${candidatesPerKey}) o
      WHERE f.phone IS NOT NULL
      UNION
      SELECT f.id, o.id FROM fresh f CROSS JOIN LATERAL (
        SELECT p.id FROM person p
        WHERE p.workspace_id = ${workspaceId} AND p.account_id = f.account_id
          AND baton_name_key(p.last_name) = f.name_key AND p.last_name IS NOT NULL
          AND p.merged_into IS NULL AND p.id <> f.id
        ORDER BY p.created_at LIMIT ${candidatesPerKey}) o
      WHERE f.account_id IS NOT NULL AND f.name_key IS NOT NULL`.execute(db)
  const pairs = new Map<string, [PersonId, PersonId]>()
  for (const row of rows) {
    const [a, b] = orderPair(row.a as PersonId, row.b as PersonId)
    pairs.set(`${a} ${b}`, [a, b])
  }
  return [...pairs.values()]
}
