import { sql, type Kysely } from 'kysely'
import type { QueueStore } from '../app/handoff/handoff-ports.ts'
import type { SlaClock } from '../core/sla/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import { toPerson } from './person.store.ts'
import type { Database } from './schema.ts'
import { toSlaClock } from './sla-clock-rows.ts'

/** An owner's work queue in one workspace. */
export function queueStore(db: Kysely<Database>, workspaceId: WorkspaceId): QueueStore {
  return {
    async listOwnerWork(ownerId, query) {
      if (query.stages.length === 0 || query.limit < 1) return []
      const people = await db
        .selectFrom('person as p')
        .selectAll('p')
        .select(
          sql<Date | null>`(SELECT min(c.due_at) FROM sla_clock c
            WHERE c.workspace_id = p.workspace_id AND c.person_id = p.id AND c.stopped_at IS NULL)`.as(
            'next_due_at',
          ),
        )
        .where('p.workspace_id', '=', workspaceId)
        .where('p.owner_id', '=', ownerId)
        .where('p.merged_into', 'is', null)
        .where('p.stage', 'in', query.stages)
        .orderBy(sql`next_due_at ASC NULLS LAST`)
        .orderBy('p.created_at')
        .orderBy('p.id')
        .limit(query.limit)
        .execute()
      if (people.length === 0) return []
      const rows = await db
        .selectFrom('sla_clock')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where(
          'person_id',
          'in',
          people.map((p) => p.id),
        )
        .where('stopped_at', 'is', null)
        .orderBy('due_at')
        .orderBy('id')
        .execute()
      const clocks = new Map<string, SlaClock[]>()
      for (const row of rows) {
        const clock = toSlaClock(row)
        const list = clocks.get(row.person_id ?? '') ?? []
        list.push(clock)
        clocks.set(row.person_id ?? '', list)
      }
      return people.map(({ next_due_at: _due, ...row }) => ({
        person: toPerson(row),
        score: row.score === null ? null : Number(row.score),
        clocks: clocks.get(row.id) ?? [],
      }))
    },
  }
}
