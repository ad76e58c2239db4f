import { sql, type Kysely, type Selectable } from 'kysely'
import type { AccountImportStore } from '../app/intake/import-ports.ts'
import type { AccountChanges, StoredAccount } from '../core/imports/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { AccountTable, Database } from './schema.ts'
import { translating } from './store-error.ts'

function toStoredAccount(row: Selectable<AccountTable>): StoredAccount {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    nameKey: row.name_key,
    domain: row.domain,
    industry: row.industry,
    employeeCount: row.employee_count,
    annualRevenueCents: row.annual_revenue_cents === null ? null : Number(row.annual_revenue_cents),
    country: row.country,
    region: row.region,
    parentId: row.parent_id,
    properties: row.properties as Record<string, string>,
  }
}

function toColumns(account: AccountChanges) {
  return {
    external_id: account.externalId,
    name: account.name,
    name_key: account.nameKey,
    domain: account.domain,
    industry: account.industry,
    employee_count: account.employeeCount,
    annual_revenue_cents: account.annualRevenueCents,
    country: account.country,
    region: account.region,
    parent_id: account.parentId,
    properties: account.properties === undefined ? undefined : JSON.stringify(account.properties),
  }
}

/** Accounts as the account import matches and writes them, in one workspace; merged ones are skipped. */
export function accountImportStore(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
): AccountImportStore {
  const live = () =>
    db
      .selectFrom('account')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('merged_into', 'is', null)
  const first = async (query: ReturnType<typeof live>) => {
    const row = await query.orderBy('created_at').orderBy('id').executeTakeFirst()
    return row && toStoredAccount(row)
  }
  return {
    findByExternalId: (externalId) => first(live().where('external_id', '=', externalId)),
    findByDomain: (domain) => first(live().where('domain', '=', domain)),
    findByNameKey: (nameKey) => first(live().where('name_key', '=', nameKey)),
    insert: (account) =>
      translating(async () => {
        const row = await db
          .insertInto('account')
          .values({ ...toColumns(account), name: account.name, workspace_id: workspaceId })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),
    update: (id, changes) =>
      translating(async () => {
        await db
          .updateTable('account')
          .set({ ...toColumns(changes), updated_at: sql<Date>`now()` })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .execute()
      }),
  }
}
