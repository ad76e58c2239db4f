import type { Kysely, Selectable } from 'kysely'
import type { FollowUpTask, FollowUpTaskStore } from '../app/handoff/handoff-ports.ts'
import type { PersonId, UserId, WorkspaceId } from '../core/shared/index.ts'
import type { Database, FollowUpTaskTable } from './schema.ts'

function toTask(row: Selectable<FollowUpTaskTable>): FollowUpTask {
  return {
    id: row.id,
    personId: row.person_id as PersonId,
    ownerId: row.owner_id as UserId,
    cadence: row.cadence,
    step: row.step,
    channel: row.channel,
    dueAt: row.due_at,
    doneAt: row.done_at,
    cancelledAt: row.cancelled_at,
    createdAt: row.created_at,
  }
}

/** Follow-up tasks of one workspace. */
export function followUpTaskStore(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
): FollowUpTaskStore {
  const open = () =>
    db
      .selectFrom('follow_up_task')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('done_at', 'is', null)
      .where('cancelled_at', 'is', null)
  return {
    async insert(task) {
      const row = await db
        .insertInto('follow_up_task')
        .values({
          workspace_id: workspaceId,
          person_id: task.personId,
          owner_id: task.ownerId,
          cadence: task.cadence,
          step: task.step,
          channel: task.channel,
          due_at: task.dueAt,
          created_at: task.createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toTask(row)
    },
    async findOpen(personId, options = {}) {
      const query = open().where('person_id', '=', personId).orderBy('due_at').orderBy('id')
      const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
      return row && toTask(row)
    },
    async complete(id, at) {
      await db
        .updateTable('follow_up_task')
        .set({ done_at: at })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('done_at', 'is', null)
        .where('cancelled_at', 'is', null)
        .execute()
    },
    async cancelOpen(personId, at) {
      const result = await db
        .updateTable('follow_up_task')
        .set({ cancelled_at: at })
        .where('workspace_id', '=', workspaceId)
        .where('person_id', '=', personId)
        .where('done_at', 'is', null)
        .where('cancelled_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows)
    },
    async findOpenFor(personIds) {
      if (personIds.length === 0) return new Map()
      const rows = await open()
        .where('person_id', 'in', [...personIds])
        .orderBy('due_at', 'desc')
        .orderBy('id', 'desc')
        .execute()
      // Descending, so the soonest due of a person is set last and kept.
      return new Map(rows.map((row) => [row.person_id as PersonId, toTask(row)]))
    },
    async listForPerson(personId) {
      const rows = await db
        .selectFrom('follow_up_task')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .orderBy('step')
        .execute()
      return rows.map(toTask)
    },
  }
}
