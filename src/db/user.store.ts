import type { Kysely, Selectable } from 'kysely'
import type { Role, User, UserStore } from '../app/ports.ts'
import type { UserId, WorkspaceId } from '../core/shared/index.ts'
import type { Database, UserTable } from './schema.ts'
import { translating } from './store-error.ts'

function toUser(row: Selectable<UserTable>): User {
  return {
    id: row.id as UserId,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    active: row.active,
  }
}

/** Users of one workspace; emails are stored lower-case and unique per workspace. */
export function userStore(db: Kysely<Database>, workspaceId: WorkspaceId): UserStore {
  const mine = () => db.selectFrom('user').selectAll().where('workspace_id', '=', workspaceId)
  return {
    insert: (user) =>
      translating(async () => {
        const values = { ...user, email: user.email.toLowerCase(), workspace_id: workspaceId }
        return toUser(
          await db.insertInto('user').values(values).returningAll().executeTakeFirstOrThrow(),
        )
      }),
    async findByEmail(email) {
      const row = await mine().where('email', '=', email.toLowerCase()).executeTakeFirst()
      return row && toUser(row)
    },
    async list() {
      return (await mine().orderBy('email').execute()).map(toUser)
    },
    async setActive(email, active) {
      const row = await db
        .updateTable('user')
        .set({ active })
        .where('workspace_id', '=', workspaceId)
        .where('email', '=', email.toLowerCase())
        .returningAll()
        .executeTakeFirst()
      return row && toUser(row)
    },
  }
}
