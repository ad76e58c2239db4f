import type { Kysely } from 'kysely'
import type { EventImportStore } from '../app/intake/import-ports.ts'
import type { PersonId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { unnestRows } from './unnest-rows.ts'

const eventTypes = {
  workspace_id: 'uuid',
  person_id: 'uuid',
  visitor_id: 'text',
  account_id: 'uuid',
  type: 'text',
  occurred_at: 'timestamptz',
  properties: 'jsonb',
  idempotency_key: 'text',
} as const

/** People lookups and activity writes for the event import, in one workspace. */
export function eventImportStore(db: Kysely<Database>, workspaceId: WorkspaceId): EventImportStore {
  const live = () =>
    db.selectFrom('person').where('workspace_id', '=', workspaceId).where('merged_into', 'is', null)
  return {
    async findPeople({ externalIds, emails }) {
      const byId =
        externalIds.length === 0
          ? []
          : await live()
              .select(['id', 'external_id as key'])
              .where('external_id', 'in', externalIds)
              .execute()
      const byEmail =
        emails.length === 0
          ? []
          : await live()
              .select(['id', 'email_normalized as key'])
              .where('email_normalized', 'in', emails)
              .execute()
      const toMap = (rows: readonly { id: string; key: string | null }[]) =>
        new Map(rows.map((row) => [row.key ?? '', row.id as PersonId]))
      return { byExternalId: toMap(byId), byEmail: toMap(byEmail) }
    },
    async insertNew(activities) {
      const unique = [...new Map(activities.map((a) => [a.idempotencyKey, a])).values()]
      if (unique.length === 0) return new Set()
      const { columns, select } = unnestRows(
        eventTypes,
        unique.map((a) => ({
          workspace_id: workspaceId,
          person_id: a.personId,
          visitor_id: a.visitorId ?? null,
          account_id: a.accountId ?? null,
          type: a.type,
          occurred_at: a.occurredAt,
          properties: JSON.stringify(a.properties),
          idempotency_key: a.idempotencyKey,
        })),
      )
      const rows = await db
        .insertInto('activity')
        .columns(columns)
        .expression(select)
        .onConflict((conflict) =>
          conflict
            .columns(['workspace_id', 'idempotency_key'])
            .where('idempotency_key', 'is not', null)
            .doNothing(),
        )
        .returning('idempotency_key')
        .execute()
      return new Set(rows.map((row) => row.idempotency_key ?? ''))
    },
  }
}
