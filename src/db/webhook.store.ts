import type { Kysely, Selectable } from 'kysely'
import type { Webhook, WebhookFormat, WebhookStore } from '../app/sla/sla-ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database, WebhookTable } from './schema.ts'
import { translating } from './store-error.ts'

function toWebhook(row: Selectable<WebhookTable>): Webhook {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    topics: row.topics,
    format: row.format as WebhookFormat,
    maxAttempts: row.max_attempts,
    active: row.active,
    createdAt: row.created_at,
  }
}

/** Webhook targets of one workspace; the secret leaves the store only for delivery. */
export function webhookStore(db: Kysely<Database>, workspaceId: WorkspaceId): WebhookStore {
  const mine = () => db.selectFrom('webhook').selectAll().where('workspace_id', '=', workspaceId)
  return {
    insert: (webhook) =>
      translating(async () => {
        const row = await db
          .insertInto('webhook')
          .values({
            workspace_id: workspaceId,
            name: webhook.name,
            url: webhook.url,
            secret: webhook.secret,
            topics: [...webhook.topics],
            format: webhook.format,
            max_attempts: webhook.maxAttempts,
          })
          .returningAll()
          .executeTakeFirstOrThrow()
        return toWebhook(row)
      }),
    async list() {
      return (await mine().orderBy('name').execute()).map(toWebhook)
    },
    async listActiveWithSecrets() {
      const rows = await mine().where('active', '=', true).orderBy('name').execute()
      return rows.map((row) => ({ ...toWebhook(row), secret: row.secret }))
    },
    async deactivate(name) {
      const result = await db
        .updateTable('webhook')
        .set({ active: false })
        .where('workspace_id', '=', workspaceId)
        .where('name', '=', name)
        .executeTakeFirst()
      return result.numUpdatedRows > 0n
    },
  }
}
