import { sql, type Kysely } from 'kysely'
import type { ApiKeyRecord, ApiKeyStore, Role } from '../app/ports.ts'
import type { UserId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { translating } from './store-error.ts'

type Row = {
  id: string
  workspace_id: string
  prefix: string
  secret_hash: string
  name: string
  role: string
  user_id: string | null
  user_active: boolean | null
  created_at: Date
  last_used_at: Date | null
  revoked_at: Date | null
}

function toRecord(row: Row): ApiKeyRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id as WorkspaceId,
    prefix: row.prefix,
    secretHash: row.secret_hash,
    name: row.name,
    role: row.role as Role,
    userId: row.user_id as UserId | null,
    // A key without a user is as active as the key itself.
    userActive: row.user_active ?? true,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }
}

/** API keys across workspaces: authentication looks a key up by its public prefix. */
export function apiKeyStore(db: Kysely<Database>): ApiKeyStore {
  const select = () =>
    db
      .selectFrom('api_key as k')
      .leftJoin('user as u', (join) =>
        join.onRef('u.workspace_id', '=', 'k.workspace_id').onRef('u.id', '=', 'k.user_id'),
      )
      .select([
        'k.id',
        'k.workspace_id',
        'k.prefix',
        'k.secret_hash',
        'k.name',
        'k.role',
        'k.user_id',
        'u.active as user_active',
        'k.created_at',
        'k.last_used_at',
        'k.revoked_at',
      ])
  const byId = async (workspaceId: WorkspaceId, id: string) => {
    const row = await select()
      .where('k.workspace_id', '=', workspaceId)
      .where('k.id', '=', id)
      .executeTakeFirst()
    return row && toRecord(row)
  }
  return {
    insert: (key) =>
      translating(async () => {
        const values = {
          workspace_id: key.workspaceId,
          prefix: key.prefix,
          secret_hash: key.secretHash,
          name: key.name,
          role: key.role,
          user_id: key.userId,
        }
        const { id } = await db
          .insertInto('api_key')
          .values(values)
          .returning('id')
          .executeTakeFirstOrThrow()
        const record = await byId(key.workspaceId, id)
        if (!record) throw new Error('The inserted API key was not found again.')
        return record
      }),
    async findByPrefix(prefix) {
      const row = await select().where('k.prefix', '=', prefix).executeTakeFirst()
      return row && toRecord(row)
    },
    async touch(id, at) {
      await db.updateTable('api_key').set({ last_used_at: at }).where('id', '=', id).execute()
    },
    async list(workspaceId) {
      const rows = await select()
        .where('k.workspace_id', '=', workspaceId)
        .orderBy('k.created_at', 'desc')
        .orderBy('k.id')
        .execute()
      return rows.map(toRecord)
    },
    async revoke(workspaceId, id, at) {
      await db
        .updateTable('api_key')
        .set({ revoked_at: sql<Date>`coalesce(revoked_at, ${at})` })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute()
      return byId(workspaceId, id)
    },
  }
}
