import type { Kysely } from 'kysely'
import type { OpportunityImportStore } from '../app/intake/import-ports.ts'
import type { OpportunityId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { translating } from './store-error.ts'

/** Deals as the opportunity import finds and writes them, in one workspace. */
export function opportunityImportStore(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
): OpportunityImportStore {
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
    insert: (deal) =>
      translating(async () => {
        const row = await db
          .insertInto('opportunity')
          .values({
            workspace_id: workspaceId,
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
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id as OpportunityId
      }),
  }
}
