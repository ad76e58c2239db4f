import type { Kysely } from 'kysely'
import type { ApiKeyRecord, ApiKeyStore, Role, Workspace, WorkspaceStore } from '../app/ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { translating } from './store-error.ts'

function toWorkspace(row: { id: string; slug: string; name: string }): Workspace {
  return { id: row.id as WorkspaceId, slug: row.slug, name: row.name }
}

/** Workspaces: the tenants every other row belongs to. */
export function workspaceStore(db: Kysely<Database>): WorkspaceStore {
  const columns = ['id', 'slug', 'name'] as const
  return {
    insert: (workspace) =>
      translating(async () =>
        toWorkspace(
          await db
            .insertInto('workspace')
            .values(workspace)
            .returning(columns)
            .executeTakeFirstOrThrow(),
        ),
      ),
    async findBySlug(slug) {
      const row = await db
        .selectFrom('workspace')
        .select(columns)
        .where('slug', '=', slug)
        .executeTakeFirst()
      return row && toWorkspace(row)
    },
    async list() {
      const rows = await db
        .selectFrom('workspace')
        .select(columns)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map(toWorkspace)
    },
  }
}

/** API keys across workspaces: authentication looks a key up by its public prefix. */
export function apiKeyStore(db: Kysely<Database>): ApiKeyStore {
  const columns = [
    'id',
    'workspace_id',
    'prefix',
    'secret_hash',
    'name',
    'role',
    'revoked_at',
  ] as const
  const toRecord = (row: {
    id: string
    workspace_id: string
    prefix: string
    secret_hash: string
    name: string
    role: string
    revoked_at: Date | null
  }): ApiKeyRecord => ({
    id: row.id,
    workspaceId: row.workspace_id as WorkspaceId,
    prefix: row.prefix,
    secretHash: row.secret_hash,
    name: row.name,
    role: row.role as Role,
    revokedAt: row.revoked_at,
  })
  return {
    insert: (key) =>
      translating(async () => {
        const values = {
          workspace_id: key.workspaceId,
          prefix: key.prefix,
          secret_hash: key.secretHash,
          name: key.name,
          role: key.role,
        }
        return toRecord(
          await db
            .insertInto('api_key')
            .values(values)
            .returning(columns)
            .executeTakeFirstOrThrow(),
        )
      }),
    async findByPrefix(prefix) {
      const row = await db
        .selectFrom('api_key')
        .select(columns)
        .where('prefix', '=', prefix)
        .executeTakeFirst()
      return row && toRecord(row)
    },
    async touch(id, at) {
      await db.updateTable('api_key').set({ last_used_at: at }).where('id', '=', id).execute()
    },
  }
}
