import type { Kysely } from 'kysely'
import type { Workspace, WorkspaceStore } from '../app/ports.ts'
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
