import type { Kysely } from 'kysely'
import type { RosterUser, TeamImportStore } from '../app/intake/import-ports.ts'
import type { UserId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { translating } from './store-error.ts'

/** Teams and users as a roster import reads and writes them, in one workspace. */
export function teamImportStore(db: Kysely<Database>, workspaceId: WorkspaceId): TeamImportStore {
  return {
    async teamId(name) {
      const found = await db
        .selectFrom('team')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('name', '=', name)
        .executeTakeFirst()
      if (found) return found.id
      const row = await db
        .insertInto('team')
        .values({ workspace_id: workspaceId, name })
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id
    },
    async listUsers() {
      const rows = await db
        .selectFrom('user')
        .select(['id', 'email', 'name', 'team_id', 'manager_id'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .execute()
      return rows.map((row): RosterUser => ({
        id: row.id as UserId,
        email: row.email,
        name: row.name,
        teamId: row.team_id,
        managerId: row.manager_id as UserId | null,
      }))
    },
    insertUser: (user) =>
      translating(async () => {
        const row = await db
          .insertInto('user')
          .values({
            workspace_id: workspaceId,
            email: user.email.toLowerCase(),
            name: user.name,
            role: user.role,
            team_id: user.teamId,
            manager_id: user.managerId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id as UserId
      }),
    updateUser: (id, changes) =>
      translating(async () => {
        await db
          .updateTable('user')
          .set({
            email: changes.email?.toLowerCase(),
            team_id: changes.teamId,
            manager_id: changes.managerId,
          })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .execute()
      }),
  }
}
