import { sql, type Kysely } from 'kysely'
import type { SpendStore } from '../app/intake/import-ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { translating } from './store-error.ts'

/** Spend of one workspace: one row per channel and period (the table's unique key). */
export function spendStore(db: Kysely<Database>, workspaceId: WorkspaceId): SpendStore {
  return {
    upsert: (spend) =>
      translating(async () => {
        // xmax is 0 on a freshly inserted row; an unchanged row is not returned at all.
        const row = await db
          .insertInto('spend')
          .values({
            workspace_id: workspaceId,
            channel: spend.channel,
            period_start: spend.periodStart,
            period_end: spend.periodEnd,
            amount_cents: spend.amountCents,
            currency: spend.currency,
          })
          .onConflict((conflict) =>
            conflict
              .columns(['workspace_id', 'channel', 'period_start', 'period_end'])
              .doUpdateSet({
                amount_cents: (eb) => eb.ref('excluded.amount_cents'),
                currency: (eb) => eb.ref('excluded.currency'),
              })
              .where(
                sql<boolean>`(spend.amount_cents, spend.currency) IS DISTINCT FROM (excluded.amount_cents, excluded.currency)`,
              ),
          )
          .returning(sql<boolean>`xmax = 0`.as('inserted'))
          .executeTakeFirst()
        if (!row) return 'unchanged'
        return row.inserted ? 'created' : 'updated'
      }),
  }
}
