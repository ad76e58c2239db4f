import { randomUUID } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { ImportedOpportunity, OpportunityImportStore } from '../app/intake/import-ports.ts'
import type { OpportunityId, PersonId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { translating } from './store-error.ts'

// Rows per multi-row insert: well under PostgreSQL's 65,535 bind parameters.
const dealsPerStatement = 1000

/** Deals as the opportunity import finds and writes them, in one workspace. */
export function opportunityImportStore(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
): OpportunityImportStore {
  const insertMany = (deals: readonly ImportedOpportunity[]) =>
    translating(async () => {
      const ids = deals.map(() => randomUUID() as OpportunityId)
      for (let start = 0; start < deals.length; start += dealsPerStatement) {
        const chunk = deals.slice(start, start + dealsPerStatement)
        await db
          .insertInto('opportunity')
          .values(
            chunk.map((deal, i) => ({
              workspace_id: workspaceId,
              id: ids[start + i],
              external_id: deal.externalId,
              name: deal.name,
              account_id: deal.accountId,
              primary_person_id: deal.primaryPersonId,
              owner_id: deal.ownerId,
              stage: deal.stage,
              status: deal.status,
              amount_cents: deal.amountCents,
              currency: deal.currency,
              closed_at: deal.closedAt,
              product: deal.product,
              created_at: deal.createdAt,
              properties: JSON.stringify(deal.properties),
            })),
          )
          .execute()
      }
      return ids
    })
  return {
    async findByExternalId(externalId) {
      const row = await db
        .selectFrom('opportunity')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('external_id', '=', externalId)
        .executeTakeFirst()
      return row?.id as OpportunityId | undefined
    },
    insert: async (deal) => {
      const [id] = await insertMany([deal])
      if (id === undefined) throw new Error('Inserting a deal returned no id.')
      return id
    },
    insertMany,
    async findIdsByExternalIds(externalIds) {
      if (externalIds.length === 0) return new Map()
      const rows = await db
        .selectFrom('opportunity')
        .select(['id', 'external_id'])
        .where('workspace_id', '=', workspaceId)
        .where('external_id', 'in', [...externalIds])
        .execute()
      return new Map(rows.map((row) => [row.external_id ?? '', row.id as OpportunityId]))
    },
    async findLeads(externalIds) {
      if (externalIds.length === 0) return new Map()
      const rows = await db
        .selectFrom('person as p')
        .leftJoin('person as s', (join) =>
          join.onRef('s.workspace_id', '=', 'p.workspace_id').onRef('s.id', '=', 'p.merged_into'),
        )
        .select([
          'p.external_id',
          sql<string>`coalesce(s.id, p.id)`.as('id'),
          sql<string>`coalesce(s.stage, p.stage)`.as('stage'),
          sql<string | null>`CASE WHEN s.id IS NULL THEN p.account_id ELSE s.account_id END`.as(
            'account_id',
          ),
        ])
        .where('p.workspace_id', '=', workspaceId)
        .where('p.external_id', 'in', [...externalIds])
        .execute()
      return new Map(
        rows.map((row) => [
          row.external_id ?? '',
          { id: row.id as PersonId, stage: row.stage, accountId: row.account_id },
        ]),
      )
    },
  }
}
