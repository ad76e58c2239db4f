import { sql, type Kysely } from 'kysely'
import type { MarketSize, MarketSizeStore } from '../app/reports/report-ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'
import { translating } from './store-error.ts'

const columns = sql`period_start::text AS period_start, period_end::text AS period_end,
  amount_cents::text AS amount_cents, currency, note`

type Row = {
  period_start: string
  period_end: string
  amount_cents: string
  currency: string
  note: string | null
}

const toMarketSize = (row: Row): MarketSize => ({
  periodStart: row.period_start,
  periodEnd: row.period_end,
  amountCents: Number(row.amount_cents),
  currency: row.currency.trim(),
  note: row.note,
})

/** Market sizes of one workspace: one row per period (the table's unique key). */
export function marketSizeStore(db: Kysely<Database>, workspaceId: WorkspaceId): MarketSizeStore {
  return {
    async findOverlapping({ periodStart, periodEnd }) {
      const { rows } = await sql<Row>`
        SELECT ${columns} FROM market_size
        WHERE workspace_id = ${workspaceId} AND period_start <= ${periodEnd}::date
          AND period_end >= ${periodStart}::date
          AND (period_start, period_end) <> (${periodStart}::date, ${periodEnd}::date)
        ORDER BY period_start`.execute(db)
      return rows.map(toMarketSize)
    },
    upsert: (size) =>
      translating(async () => {
        // xmax is 0 on a freshly inserted row; an unchanged row is not returned at all.
        const { rows } = await sql<{ inserted: boolean }>`
          INSERT INTO market_size (workspace_id, period_start, period_end, amount_cents, currency, note)
          VALUES (${workspaceId}, ${size.periodStart}, ${size.periodEnd}, ${size.amountCents},
                  ${size.currency}, ${size.note})
          ON CONFLICT (workspace_id, period_start, period_end) DO UPDATE
            SET amount_cents = excluded.amount_cents, currency = excluded.currency,
                note = excluded.note, updated_at = now()
            WHERE (market_size.amount_cents, market_size.currency, market_size.note)
              IS DISTINCT FROM (excluded.amount_cents, excluded.currency, excluded.note)
          RETURNING xmax = 0 AS inserted`.execute(db)
        const row = rows[0]
        if (!row) return 'unchanged'
        return row.inserted ? 'created' : 'updated'
      }),
    async list() {
      const { rows } = await sql<Row>`
        SELECT ${columns} FROM market_size WHERE workspace_id = ${workspaceId}
        ORDER BY period_start, period_end`.execute(db)
      return rows.map(toMarketSize)
    },
  }
}
