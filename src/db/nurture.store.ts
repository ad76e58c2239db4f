import { sql, type Kysely } from 'kysely'
import type { Enrollment, NurtureStore } from '../app/handoff/handoff-ports.ts'
import type { PersonId, WorkspaceId } from '../core/shared/index.ts'
import { fromCursor, toLimit, toPage } from './page-cursor.ts'
import type { Database } from './schema.ts'

/** Nurture programs and enrolments of one workspace. */
export function nurtureStore(db: Kysely<Database>, workspaceId: WorkspaceId): NurtureStore {
  return {
    async ensureProgram(name, touchMonths) {
      const row = await db
        .insertInto('nurture_program')
        .values({ workspace_id: workspaceId, name, touch_months: sql`${[...touchMonths]}::int[]` })
        .onConflict((c) =>
          c
            .columns(['workspace_id', 'name'])
            .doUpdateSet({ touch_months: sql`${[...touchMonths]}::int[]` }),
        )
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id
    },
    async enroll({ programId, personId, enrolledAt, nextTouchAt, reason }) {
      await sql`INSERT INTO enrollment (workspace_id, program_id, person_id, enrolled_at, next_touch_at, reason)
        VALUES (${workspaceId}, ${programId}, ${personId}, ${enrolledAt}, ${nextTouchAt}, ${reason})
        ON CONFLICT (workspace_id, program_id, person_id) WHERE status = 'active' DO NOTHING`.execute(
        db,
      )
    },
    async exitActive(personId, at, reason) {
      const result = await db
        .updateTable('enrollment')
        .set({ status: 'exited', ended_at: at, reason, next_touch_at: null })
        .where('workspace_id', '=', workspaceId)
        .where('person_id', '=', personId)
        .where('status', '=', 'active')
        .executeTakeFirst()
      return Number(result.numUpdatedRows)
    },
    async list(page, filter) {
      const limit = toLimit(page)
      let query = db
        .selectFrom('enrollment as e')
        .innerJoin('nurture_program as p', (join) =>
          join.onRef('p.workspace_id', '=', 'e.workspace_id').onRef('p.id', '=', 'e.program_id'),
        )
        .select(['e.id', 'e.person_id', 'p.name', 'e.status', 'e.step', 'e.enrolled_at'])
        .select(['e.next_touch_at', 'e.ended_at', 'e.reason'])
        .where('e.workspace_id', '=', workspaceId)
        .orderBy('e.enrolled_at')
        .orderBy('e.id')
        .limit(limit + 1)
      if (filter.status !== undefined) query = query.where('e.status', '=', filter.status)
      if (page.cursor !== undefined) {
        const after = fromCursor(page.cursor)
        query = query.where(sql<boolean>`(e.enrolled_at, e.id) > (${after.at}, ${after.id}::uuid)`)
      }
      const rows = await query.execute()
      const toEnrollment = (row: (typeof rows)[number]): Enrollment => ({
        id: row.id,
        personId: row.person_id as PersonId,
        program: row.name,
        status: row.status as Enrollment['status'],
        step: row.step,
        enrolledAt: row.enrolled_at,
        nextTouchAt: row.next_touch_at,
        endedAt: row.ended_at,
        reason: row.reason,
      })
      return toPage(rows, limit, toEnrollment, (row) => ({ at: row.enrolled_at, id: row.id }))
    },
  }
}
