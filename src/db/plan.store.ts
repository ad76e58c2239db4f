import type { Kysely, Selectable } from 'kysely'
import type {
  PlanAssumptions,
  PlanOutcome,
  PlanStore,
  StoredPlan,
} from '../app/planning/planning-ports.ts'
import { isUuid, type WorkspaceId } from '../core/shared/index.ts'
import type { Database, PlanTable } from './schema.ts'

const day = (value: string | Date) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10)

function toStoredPlan(row: Selectable<PlanTable>): StoredPlan {
  return {
    id: row.id,
    name: row.name,
    periodStart: day(row.period_start),
    periodEnd: day(row.period_end),
    document: row.document,
    assumptions: row.assumptions as PlanAssumptions,
    result: row.result as PlanOutcome,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }
}

/** Saved plans of one workspace. */
export function planStore(db: Kysely<Database>, workspaceId: WorkspaceId): PlanStore {
  const mine = () => db.selectFrom('plan').selectAll().where('workspace_id', '=', workspaceId)
  return {
    async insert(plan) {
      const row = await db
        .insertInto('plan')
        .values({
          workspace_id: workspaceId,
          name: plan.name,
          period_start: plan.periodStart,
          period_end: plan.periodEnd,
          document: JSON.stringify(plan.document),
          assumptions: JSON.stringify(plan.assumptions),
          result: JSON.stringify(plan.result),
          created_by: plan.createdBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toStoredPlan(row)
    },
    async find(id) {
      if (!isUuid(id)) return undefined
      const row = await mine().where('id', '=', id).executeTakeFirst()
      return row === undefined ? undefined : toStoredPlan(row)
    },
    async list() {
      const rows = await mine().orderBy('created_at', 'desc').orderBy('id', 'desc').execute()
      return rows.map(toStoredPlan)
    },
  }
}
