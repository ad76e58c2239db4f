import type { Kysely } from 'kysely'
import type { IdempotencyStore } from '../app/ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

/** Remembered responses of one workspace, keyed by the client's Idempotency-Key. */
export function idempotencyStore(db: Kysely<Database>, workspaceId: WorkspaceId): IdempotencyStore {
  return {
    async find(key) {
      const row = await db
        .selectFrom('idempotency_key')
        .select(['request_hash', 'status', 'response'])
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', key)
        .executeTakeFirst()
      return row && { requestHash: row.request_hash, status: row.status, body: row.response }
    },
    async save(key, response) {
      await db
        .insertInto('idempotency_key')
        .values({
          workspace_id: workspaceId,
          key,
          request_hash: response.requestHash,
          status: response.status,
          response: JSON.stringify(response.body),
        })
        .onConflict((conflict) => conflict.columns(['workspace_id', 'key']).doNothing())
        .execute()
    },
  }
}
