import { sql, type Kysely } from 'kysely'
import type { IdempotencyClaim, IdempotencyScope, IdempotencyStore } from '../app/ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

/** Remembered responses of one workspace, keyed by Idempotency-Key, method and path. */
export function idempotencyStore(db: Kysely<Database>, workspaceId: WorkspaceId): IdempotencyStore {
  const scoped = (scope: IdempotencyScope) =>
    ({
      workspace_id: workspaceId,
      key: scope.key,
      method: scope.method,
      path: scope.path,
    }) as const
  return {
    async claim(scope, requestHash, staleBefore): Promise<IdempotencyClaim> {
      const inserted = await db
        .insertInto('idempotency_key')
        .values({ ...scoped(scope), request_hash: requestHash })
        .onConflict((conflict) => conflict.doNothing())
        .returning('key')
        .executeTakeFirst()
      if (inserted) return { kind: 'claimed' }
      // A claim whose request died (the process was killed) is taken over once it is stale.
      const { rows: taken } = await sql<{ key: string }>`
        UPDATE idempotency_key SET request_hash = ${requestHash}, created_at = now()
        WHERE workspace_id = ${workspaceId} AND key = ${scope.key} AND method = ${scope.method}
          AND path = ${scope.path} AND status IS NULL AND created_at < ${staleBefore}
        RETURNING key`.execute(db)
      if (taken.length > 0) return { kind: 'claimed' }
      const row = await db
        .selectFrom('idempotency_key')
        .select(['request_hash', 'status', 'response'])
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', scope.key)
        .where('method', '=', scope.method)
        .where('path', '=', scope.path)
        .executeTakeFirst()
      if (!row) return { kind: 'pending', requestHash }
      if (row.status === null) return { kind: 'pending', requestHash: row.request_hash }
      return {
        kind: 'done',
        response: { requestHash: row.request_hash, status: row.status, body: row.response },
      }
    },
    async complete(scope, response, at) {
      await db
        .updateTable('idempotency_key')
        .set({
          status: response.status,
          response: JSON.stringify(response.body),
          request_hash: response.requestHash,
          completed_at: at,
        })
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', scope.key)
        .where('method', '=', scope.method)
        .where('path', '=', scope.path)
        .execute()
    },
    async release(scope) {
      await db
        .deleteFrom('idempotency_key')
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', scope.key)
        .where('method', '=', scope.method)
        .where('path', '=', scope.path)
        .where('status', 'is', null)
        .execute()
    },
  }
}
