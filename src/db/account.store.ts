import { sql, type Kysely, type Selectable } from 'kysely'
import type { AccountStore, NewAccount } from '../app/ports.ts'
import type { Account, AccountFields } from '../core/records/index.ts'
import type { AccountId, UserId, WorkspaceId } from '../core/shared/index.ts'
import { afterCursor, toLimit, toPage } from './page-cursor.ts'
import type { AccountTable, Database } from './schema.ts'
import { translating } from './store-error.ts'

function toAccount(row: Selectable<AccountTable>): Account {
  return {
    id: row.id as AccountId,
    name: row.name,
    domain: row.domain,
    industry: row.industry,
    employeeCount: row.employee_count,
    annualRevenueCents: row.annual_revenue_cents === null ? null : Number(row.annual_revenue_cents),
    country: row.country,
    region: row.region,
    ownerId: row.owner_id as UserId | null,
    stage: row.stage,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toColumns(fields: AccountFields) {
  return {
    name: fields.name,
    domain: fields.domain,
    industry: fields.industry,
    employee_count: fields.employeeCount,
    annual_revenue_cents: fields.annualRevenueCents,
    country: fields.country,
    region: fields.region,
    owner_id: fields.ownerId,
  }
}

/** Accounts of one workspace; every statement is filtered by `workspaceId`. */
export function accountStore(db: Kysely<Database>, workspaceId: WorkspaceId): AccountStore {
  const mine = () => db.selectFrom('account').selectAll().where('workspace_id', '=', workspaceId)
  const updating = () => db.updateTable('account').where('workspace_id', '=', workspaceId)
  return {
    insert: (account: NewAccount) =>
      translating(async () => {
        const values = {
          ...toColumns(account),
          name: account.name,
          stage: account.stage,
          workspace_id: workspaceId,
        }
        return toAccount(
          await db.insertInto('account').values(values).returningAll().executeTakeFirstOrThrow(),
        )
      }),
    async find(id, options = {}) {
      const query = mine().where('id', '=', id)
      const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
      return row && toAccount(row)
    },
    async list(page) {
      const limit = toLimit(page)
      let query = mine()
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit + 1)
      if (page.cursor !== undefined) query = query.where(afterCursor(page.cursor))
      const rows = await query.execute()
      return toPage(rows, limit, toAccount, (row) => ({ at: row.created_at, id: row.id }))
    },
    update: (id, fields) =>
      translating(async () => {
        const set = { ...toColumns(fields), updated_at: sql<Date>`now()` }
        const row = await updating().set(set).where('id', '=', id).returningAll().executeTakeFirst()
        return row && toAccount(row)
      }),
    async setStage(id, stage) {
      await updating()
        .set({ stage, updated_at: sql<Date>`now()` })
        .where('id', '=', id)
        .execute()
    },
  }
}
