import { sql, type Kysely, type Selectable } from 'kysely'
import type { Stores } from '../app/ports.ts'
import type { SweepStore } from '../app/sla/sla-ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import { toOutboxMessage } from './outbox.store.ts'
import type { Database, OutboxTable } from './schema.ts'
import { toSlaClock } from './sla-clock-rows.ts'

type StoresOf = (db: Kysely<Database>, workspaceId: WorkspaceId) => Stores

/**
 * Background work across workspaces. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
 * server processes (or two sweeps racing on one connection) never take the same clock or message.
 */
export function sweepStore(db: Kysely<Database>, storesOf: StoresOf): SweepStore {
  return {
    withDueClocks: (query, work) =>
      db.transaction().execute(async (tx) => {
        const rows = await tx
          .selectFrom('sla_clock')
          .selectAll()
          .where('stopped_at', 'is', null)
          .where('next_check_at', 'is not', null)
          .where('next_check_at', '<=', query.now)
          .orderBy('next_check_at')
          .limit(query.limit)
          .forUpdate()
          .skipLocked()
          .execute()
        const due = rows.map((row) => ({
          ...toSlaClock(row),
          workspaceId: row.workspace_id as WorkspaceId,
        }))
        return work(due, (workspaceId) => storesOf(tx, workspaceId))
      }),
    async claimMessages(query) {
      const { rows } = await sql<Selectable<OutboxTable>>`
        UPDATE outbox AS o
        SET attempts = o.attempts + 1, next_attempt_at = ${query.leaseUntil}
        FROM (
          SELECT workspace_id, id FROM outbox
          WHERE status = 'pending' AND next_attempt_at <= ${query.now}
          ORDER BY next_attempt_at
          LIMIT ${query.limit}
          FOR UPDATE SKIP LOCKED
        ) AS due
        WHERE o.workspace_id = due.workspace_id AND o.id = due.id
        RETURNING o.*`.execute(db)
      return rows.map((row) => ({
        ...toOutboxMessage(row),
        workspaceId: row.workspace_id as WorkspaceId,
      }))
    },
    async recordDelivery(message, result) {
      await db
        .updateTable('outbox')
        .set({
          status: result.status,
          delivered_to: JSON.stringify(result.deliveredTo),
          next_attempt_at: result.nextAttemptAt,
          last_error: result.lastError,
          delivered_at: result.deliveredAt,
        })
        .where('workspace_id', '=', message.workspaceId)
        .where('id', '=', message.id)
        .execute()
    },
  }
}
