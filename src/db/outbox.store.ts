import type { Kysely, Selectable } from 'kysely'
import type { Notification } from '../app/scoring/scoring-ports.ts'
import type { OutboxMessage, OutboxStatus, OutboxStore } from '../app/sla/sla-ports.ts'
import { AppError, type WorkspaceId } from '../core/shared/index.ts'
import { toLimit } from './page-cursor.ts'
import { privacyStore } from './privacy.store.ts'
import { withoutOptedOut } from '../app/privacy/without-opted-out.ts'
import type { Database, OutboxTable } from './schema.ts'

/**
 * Queues notifications; a dedupe key already queued in the workspace drops the new one, and so does
 * a person who opted out (withoutOptedOut).
 */
export async function enqueueNotifications(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  notifications: readonly Notification[],
): Promise<void> {
  const privacy = privacyStore(db, workspaceId)
  const allowed = await withoutOptedOut((ids) => privacy.findContactFacts(ids), notifications)
  if (allowed.length === 0) return
  await db
    .insertInto('outbox')
    .values(
      allowed.map((n) => ({
        workspace_id: workspaceId,
        topic: n.topic,
        target: n.target,
        payload: JSON.stringify(n.payload),
        dedupe_key: n.dedupeKey,
      })),
    )
    .onConflict((conflict) =>
      conflict
        .columns(['workspace_id', 'dedupe_key'])
        .where('dedupe_key', 'is not', null)
        .doNothing(),
    )
    .execute()
}

/** An outbox row as the app sees it. */
export function toOutboxMessage(row: Selectable<OutboxTable>): OutboxMessage {
  return {
    id: String(row.id),
    topic: row.topic,
    target: row.target,
    payload: row.payload as Record<string, unknown>,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
    deliveredTo: row.delivered_to as string[],
  }
}

function toOutboxCursor(cursor: string): string {
  if (/^\d{1,19}$/.test(cursor)) return cursor
  throw new AppError(
    'request.invalid',
    'The cursor is not one Baton returned; pass `nextCursor` as it is.',
    {
      details: { field: 'cursor' },
    },
  )
}

/** The outbox of one workspace, newest first. */
export function outboxStore(db: Kysely<Database>, workspaceId: WorkspaceId): OutboxStore {
  return {
    enqueue: (notifications) => enqueueNotifications(db, workspaceId, notifications),
    async hasKey(dedupeKey) {
      const row = await db
        .selectFrom('outbox')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('dedupe_key', '=', dedupeKey)
        .executeTakeFirst()
      return row !== undefined
    },
    async list(page, filter = {}) {
      const limit = toLimit(page)
      let query = db
        .selectFrom('outbox')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id', 'desc')
        .limit(limit + 1)
      if (filter.status !== undefined) query = query.where('status', '=', filter.status)
      if (page.cursor !== undefined) query = query.where('id', '<', toOutboxCursor(page.cursor))
      const rows = await query.execute()
      const items = rows.slice(0, limit).map(toOutboxMessage)
      const last = items.at(-1)
      return rows.length > limit && last ? { items, nextCursor: last.id } : { items }
    },
  }
}
