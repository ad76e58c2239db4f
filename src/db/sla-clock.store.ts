import { sql, type Kysely } from 'kysely'
import type { ClockLead, ClockStore } from '../app/sla/sla-ports.ts'
import type { PersonId, UserId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { toSlaClock } from './sla-clock-rows.ts'

const clocksPerStatement = 1000

/** Response clocks of one workspace. */
export function slaClockStore(db: Kysely<Database>, workspaceId: WorkspaceId): ClockStore {
  const mine = () => db.selectFrom('sla_clock').selectAll().where('workspace_id', '=', workspaceId)
  return {
    async insert(clocks) {
      for (let start = 0; start < clocks.length; start += clocksPerStatement) {
        const rows = clocks.slice(start, start + clocksPerStatement).map((clock) => ({
          workspace_id: workspaceId,
          kind: clock.kind,
          person_id: clock.personId,
          opportunity_id: clock.opportunityId,
          owner_id: clock.ownerId,
          priority: clock.priority,
          started_at: clock.startedAt,
          due_at: clock.dueAt,
          next_check_at: clock.nextCheckAt,
          agreement_version: clock.agreementVersion,
        }))
        await db.insertInto('sla_clock').values(rows).execute()
      }
    },
    async findRunning(personId, kinds, options = {}) {
      if (kinds.length === 0) return []
      const query = mine()
        .where('person_id', '=', personId)
        .where('kind', 'in', kinds)
        .where('stopped_at', 'is', null)
        .orderBy('id')
      return (await (options.forUpdate ? query.forUpdate() : query).execute()).map(toSlaClock)
    },
    async stop(stops) {
      for (const stop of stops) {
        await db
          .updateTable('sla_clock')
          .set({ stopped_at: stop.stoppedAt, outcome: stop.outcome, next_check_at: null })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', stop.id)
          .execute()
      }
    },
    async advance(changes) {
      for (let start = 0; start < changes.length; start += clocksPerStatement) {
        const rows = changes.slice(start, start + clocksPerStatement).map(
          (change) =>
            sql`(${change.id}::uuid, ${change.outcome}::text, ${change.escalationLevel}::int,
              ${change.nextCheckAt}::timestamptz)`,
        )
        await sql`UPDATE sla_clock AS c
          SET outcome = v.outcome, escalation_level = v.level, next_check_at = v.next_check_at
          FROM (VALUES ${sql.join(rows)}) AS v (id, outcome, level, next_check_at)
          WHERE c.workspace_id = ${workspaceId} AND c.id = v.id AND c.stopped_at IS NULL`.execute(
          db,
        )
      }
    },
    async listForPerson(personId) {
      const rows = await mine()
        .where('person_id', '=', personId)
        .orderBy('started_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(toSlaClock)
    },
    async findLeads(personIds) {
      const leads = new Map<PersonId, ClockLead>()
      if (personIds.length === 0) return leads
      const rows = await db
        .selectFrom('person as p')
        .leftJoin('user as u', (join) =>
          join.onRef('u.workspace_id', '=', 'p.workspace_id').onRef('u.id', '=', 'p.owner_id'),
        )
        .select(['p.id', 'p.owner_id', 'p.score', 'p.stage', 'u.manager_id'])
        .where('p.workspace_id', '=', workspaceId)
        .where('p.id', 'in', [...new Set(personIds)])
        .execute()
      for (const row of rows) {
        leads.set(row.id as PersonId, {
          id: row.id as PersonId,
          ownerId: row.owner_id as UserId | null,
          managerId: (row.manager_id ?? null) as UserId | null,
          score: row.score === null ? null : Number(row.score),
          stage: row.stage,
        })
      }
      return leads
    },
    async clearOwner(personId) {
      const { rows } = await sql<{ owner_id: string | null }>`
        UPDATE person AS p SET owner_id = NULL, updated_at = now()
        FROM person AS before
        WHERE p.workspace_id = ${workspaceId} AND p.id = ${personId}
          AND before.workspace_id = p.workspace_id AND before.id = p.id
        RETURNING before.owner_id`.execute(db)
      return (rows[0]?.owner_id ?? null) as UserId | null
    },
    async setOwner(changes) {
      for (const change of changes) {
        // A clock not breached yet is next looked at when due; a breached one keeps its ladder.
        await db
          .updateTable('sla_clock')
          .set({
            owner_id: change.ownerId,
            due_at: change.dueAt,
            next_check_at: sql<Date>`CASE WHEN outcome IS NULL THEN ${change.dueAt} ELSE next_check_at END`,
          })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', change.id)
          .where('stopped_at', 'is', null)
          .execute()
      }
    },
  }
}
