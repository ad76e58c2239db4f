import { sql, type Kysely } from 'kysely'
import type { HeldLead, RoutingStore } from '../app/handoff/handoff-ports.ts'
import type { BusinessCalendar, Team } from '../core/agreement/index.ts'
import type { OutOfOffice, PoolMember } from '../core/routing/index.ts'
import type { PersonId, UserId, WorkspaceId } from '../core/shared/index.ts'
import { fromCursor, toLimit, toPage } from './page-cursor.ts'
import type { Database } from './schema.ts'

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

// Postal code and product are intake properties under any of their usual names.
function property(properties: unknown, names: readonly string[]): string | null {
  if (typeof properties !== 'object' || properties === null) return null
  for (const name of names) {
    const value = text(Reflect.get(properties, name))
    if (value !== null) return value
  }
  return null
}

function toSpans(value: unknown): OutOfOffice[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((span: unknown) => {
    if (typeof span !== 'object' || span === null) return []
    const from = new Date(String(Reflect.get(span, 'from')))
    const to = new Date(String(Reflect.get(span, 'to')))
    return Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) ? [] : [{ from, to }]
  })
}

/** Routing reads and writes for one workspace (see RoutingStore). */
export function routingStore(db: Kysely<Database>, workspaceId: WorkspaceId): RoutingStore {
  return {
    async lockRouting() {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`baton.routing:${workspaceId}`}))`.execute(
        db,
      )
    },
    async findLead(personId) {
      const row = await db
        .selectFrom('person as p')
        .leftJoin('account as a', (join) =>
          join.onRef('a.workspace_id', '=', 'p.workspace_id').onRef('a.id', '=', 'p.account_id'),
        )
        .select(['p.country', 'p.properties', 'a.country as account_country', 'a.region'])
        .select(['a.industry', 'a.employee_count', 'a.owner_id'])
        .where('p.workspace_id', '=', workspaceId)
        .where('p.id', '=', personId)
        .executeTakeFirst()
      if (row === undefined) return undefined
      return {
        country: row.country ?? row.account_country,
        region: row.region ?? property(row.properties, ['region', 'state']),
        postalCode: property(row.properties, ['postalCode', 'postal_code', 'zip', 'zipCode']),
        industry: row.industry ?? property(row.properties, ['industry']),
        employeeCount: row.employee_count,
        product: property(row.properties, ['product', 'areaOfInterest', 'area_of_interest']),
        accountOwnerId: row.owner_id as UserId | null,
      }
    },
    async findUsers({ dayStart, monthStart, openStages }) {
      const { rows } = await sql<{
        id: string
        role: string
        active: boolean
        out_of_office: unknown
        capacity_per_day: number | null
        capacity_per_30_days: number | null
        last_day: number
        last_30_days: number
        open_leads: number
      }>`SELECT u.id, u.role, u.active, u.out_of_office, u.capacity_per_day, u.capacity_per_30_days,
          (SELECT count(*)::int FROM assignment a WHERE a.workspace_id = u.workspace_id
            AND a.user_id = u.id AND a.assigned_at >= ${dayStart}) AS last_day,
          (SELECT count(*)::int FROM assignment a WHERE a.workspace_id = u.workspace_id
            AND a.user_id = u.id AND a.assigned_at >= ${monthStart}) AS last_30_days,
          (SELECT count(*)::int FROM person p WHERE p.workspace_id = u.workspace_id
            AND p.owner_id = u.id AND p.stage = ANY(${[...openStages]}::text[])
            AND p.merged_into IS NULL) AS open_leads
        FROM "user" u WHERE u.workspace_id = ${workspaceId} ORDER BY u.id`.execute(db)
      return rows.map((row) => ({
        id: row.id as UserId,
        role: row.role,
        active: row.active,
        outOfOffice: toSpans(row.out_of_office),
        capacityPerDay: row.capacity_per_day,
        capacityPer30Days: row.capacity_per_30_days,
        assignedLastDay: row.last_day,
        assignedLast30Days: row.last_30_days,
        openLeads: row.open_leads,
      }))
    },
    async findMembers() {
      const { rows } = await sql<{ pool: string; user_id: string; weight: number; n: number }>`
        SELECT m.pool, m.user_id, m.weight,
          (SELECT count(*)::int FROM assignment a WHERE a.workspace_id = m.workspace_id
            AND a.pool = m.pool AND a.user_id = m.user_id) AS n
        FROM routing_pool_member m WHERE m.workspace_id = ${workspaceId}
        ORDER BY m.pool, m.user_id`.execute(db)
      const members = new Map<string, PoolMember[]>()
      for (const row of rows) {
        const list = members.get(row.pool) ?? []
        list.push({ userId: row.user_id as UserId, weight: row.weight, assignedCount: row.n })
        members.set(row.pool, list)
      }
      return members
    },
    async findCursors() {
      const rows = await db
        .selectFrom('routing_cursor')
        .select(['pool', 'last_user_id'])
        .where('workspace_id', '=', workspaceId)
        .execute()
      return new Map(rows.map((row) => [row.pool, row.last_user_id as UserId]))
    },
    async assign(record) {
      await db
        .updateTable('person')
        .set({ owner_id: record.userId, updated_at: record.at })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', record.personId)
        .execute()
      await db
        .insertInto('assignment')
        .values({
          workspace_id: workspaceId,
          person_id: record.personId,
          user_id: record.userId,
          team: record.team,
          pool: record.pool,
          rule: record.rule,
          reason: record.reason,
          assigned_at: record.at,
          actor: record.actor,
        })
        .execute()
      if (record.pool !== null) {
        await db
          .insertInto('routing_cursor')
          .values({ workspace_id: workspaceId, pool: record.pool, last_user_id: record.userId })
          .onConflict((c) =>
            c.columns(['workspace_id', 'pool']).doUpdateSet({
              last_user_id: record.userId,
              updated_at: record.at,
            }),
          )
          .execute()
      }
      await db
        .deleteFrom('handoff_hold')
        .where('workspace_id', '=', workspaceId)
        .where('person_id', '=', record.personId)
        .execute()
    },
    async hold({ personId, team, reason, at }) {
      await db
        .insertInto('handoff_hold')
        .values({ workspace_id: workspaceId, person_id: personId, team, reason, held_at: at })
        .onConflict((c) =>
          c.columns(['workspace_id', 'person_id']).doUpdateSet({ team, reason, held_at: at }),
        )
        .execute()
    },
    async listHeld(page) {
      const limit = toLimit(page)
      let query = db
        .selectFrom('handoff_hold as h')
        .innerJoin('person as p', (join) =>
          join.onRef('p.workspace_id', '=', 'h.workspace_id').onRef('p.id', '=', 'h.person_id'),
        )
        .select(['h.person_id', 'h.team', 'h.reason', 'h.held_at', 'p.stage', 'p.email'])
        .where('h.workspace_id', '=', workspaceId)
        .orderBy('h.held_at')
        .orderBy('h.person_id')
        .limit(limit + 1)
      if (page.cursor !== undefined) {
        const after = fromCursor(page.cursor)
        query = query.where(
          sql<boolean>`(h.held_at, h.person_id) > (${after.at}, ${after.id}::uuid)`,
        )
      }
      const rows = await query.execute()
      const toHeld = (row: (typeof rows)[number]): HeldLead => ({
        personId: row.person_id as PersonId,
        team: row.team as Team,
        reason: row.reason,
        heldAt: row.held_at,
        stage: row.stage,
        email: row.email,
      })
      return toPage(rows, limit, toHeld, (row) => ({ at: row.held_at, id: row.person_id }))
    },
    async setMembership(userId, pools) {
      await db
        .deleteFrom('routing_pool_member')
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .execute()
      if (pools.length === 0) return
      await db
        .insertInto('routing_pool_member')
        .values(pools.map((p) => ({ workspace_id: workspaceId, user_id: userId, ...p })))
        .execute()
    },
    async setAvailability(userId, availability) {
      const { outOfOffice, capacityPerDay, capacityPer30Days, active, calendar } = availability
      const changes = {
        ...(active === undefined ? {} : { active }),
        ...(capacityPerDay === undefined ? {} : { capacity_per_day: capacityPerDay }),
        ...(capacityPer30Days === undefined ? {} : { capacity_per_30_days: capacityPer30Days }),
        ...(outOfOffice === undefined ? {} : { out_of_office: JSON.stringify(outOfOffice) }),
        ...(calendar === undefined
          ? {}
          : { calendar: calendar === null ? null : JSON.stringify(calendar) }),
      }
      const mine = { workspace_id: workspaceId, id: userId }
      if (Object.keys(changes).length === 0) {
        // Nothing to change: only whether the user exists.
        const found = await db
          .selectFrom('user')
          .select('id')
          .where('workspace_id', '=', mine.workspace_id)
          .where('id', '=', mine.id)
          .executeTakeFirst()
        return found !== undefined
      }
      const result = await db
        .updateTable('user')
        .set(changes)
        .where('workspace_id', '=', mine.workspace_id)
        .where('id', '=', mine.id)
        .executeTakeFirst()
      return result.numUpdatedRows > 0n
    },
    async listAssignments(personId) {
      const rows = await db
        .selectFrom('assignment')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('person_id', '=', personId)
        .orderBy('assigned_at')
        .orderBy('id')
        .execute()
      return rows.map((row) => ({
        personId: row.person_id as PersonId,
        userId: row.user_id as UserId,
        team: row.team as Team,
        pool: row.pool,
        rule: row.rule,
        reason: row.reason,
        at: new Date(row.assigned_at),
        actor: row.actor,
      }))
    },
    async findWorkCalendars(userIds) {
      if (userIds.length === 0) return new Map()
      const rows = await db
        .selectFrom('user')
        .select(['id', 'calendar', 'out_of_office'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', [...userIds])
        .execute()
      return new Map(
        rows.map((row) => [
          row.id as UserId,
          {
            // Written only by setAvailability, from a checked calendar.
            calendar: (row.calendar ?? null) as BusinessCalendar | null,
            outOfOffice: toSpans(row.out_of_office),
          },
        ]),
      )
    },
  }
}
