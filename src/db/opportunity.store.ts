import { sql, type Kysely, type Selectable } from 'kysely'
import type { NewOpportunity, OpportunityStore } from '../app/ports.ts'
import type {
  Opportunity,
  OpportunityFields,
  OpportunityHorizon,
  OpportunitySource,
  OpportunityStatus,
} from '../core/records/index.ts'
import type {
  AccountId,
  OpportunityId,
  PersonId,
  UserId,
  WorkspaceId,
} from '../core/shared/index.ts'
import { afterCursor, toLimit, toPage } from './page-cursor.ts'
import type { Database, OpportunityTable } from './schema.ts'
import { translating } from './store-error.ts'

function toOpportunity(row: Selectable<OpportunityTable>): Opportunity {
  return {
    id: row.id as OpportunityId,
    name: row.name,
    accountId: row.account_id as AccountId | null,
    primaryPersonId: row.primary_person_id as PersonId | null,
    ownerId: row.owner_id as UserId | null,
    amountCents: Number(row.amount_cents),
    currency: row.currency,
    stage: row.stage,
    probabilityPct: row.probability_pct === null ? null : Number(row.probability_pct),
    status: row.status as OpportunityStatus,
    horizon: row.horizon as OpportunityHorizon | null,
    source: row.source as OpportunitySource | null,
    expectedCloseOn: row.expected_close_on === null ? null : String(row.expected_close_on),
    closedAt: row.closed_at,
    closeReason: row.close_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toColumns(fields: OpportunityFields) {
  return {
    name: fields.name,
    account_id: fields.accountId,
    primary_person_id: fields.primaryPersonId,
    owner_id: fields.ownerId,
    amount_cents: fields.amountCents,
    currency: fields.currency,
    probability_pct: fields.probabilityPct,
    horizon: fields.horizon,
    source: fields.source,
    expected_close_on: fields.expectedCloseOn,
  }
}

/** Opportunities of one workspace; every statement is filtered by `workspaceId`. */
export function opportunityStore(db: Kysely<Database>, workspaceId: WorkspaceId): OpportunityStore {
  const mine = () =>
    db.selectFrom('opportunity').selectAll().where('workspace_id', '=', workspaceId)
  const updating = () => db.updateTable('opportunity').where('workspace_id', '=', workspaceId)
  return {
    insert: (opportunity: NewOpportunity) =>
      translating(async () => {
        const values = {
          ...toColumns(opportunity),
          name: opportunity.name,
          stage: opportunity.stage,
          workspace_id: workspaceId,
        }
        const row = await db
          .insertInto('opportunity')
          .values(values)
          .returningAll()
          .executeTakeFirstOrThrow()
        return toOpportunity(row)
      }),
    async find(id, options = {}) {
      const query = mine().where('id', '=', id)
      const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
      return row && toOpportunity(row)
    },
    async list(page, filter = {}) {
      const limit = toLimit(page)
      let query = mine()
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit + 1)
      if (filter.status !== undefined) query = query.where('status', '=', filter.status)
      if (page.cursor !== undefined) query = query.where(afterCursor(page.cursor))
      const rows = await query.execute()
      return toPage(rows, limit, toOpportunity, (row) => ({ at: row.created_at, id: row.id }))
    },
    update: (id, fields) =>
      translating(async () => {
        const set = { ...toColumns(fields), updated_at: sql<Date>`now()` }
        const row = await updating().set(set).where('id', '=', id).returningAll().executeTakeFirst()
        return row && toOpportunity(row)
      }),
    async setStage(id, stage) {
      await updating()
        .set({ stage, updated_at: sql<Date>`now()` })
        .where('id', '=', id)
        .execute()
    },
  }
}
