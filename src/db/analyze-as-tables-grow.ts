import { sql, type Kysely } from 'kysely'
import type { Database } from './schema.ts'

// Rows written to a table since its statistics were last refreshed, and its size then, per table in
// this process. The embedded database has no autovacuum, and the server's runs too late for a bulk
// import: without fresh statistics the planner keeps an empty table's plans (intake's similar-name
// lookup took 4.9 s a batch on a stale plan over 1,000 accounts and 0.16 s after ANALYZE).
const growth = new Map<string, { written: number; atLastAnalyze: number }>()

// Only the columns intake's lookups filter on: a whole-row ANALYZE of person (JSON columns too)
// cost 1.6 s at 16,000 people under load.
const lookupColumns = {
  account: ['workspace_id', 'merged_into', 'domain', 'name_key'],
  person: ['workspace_id', 'merged_into', 'email_normalized', 'external_id', 'phone', 'account_id'],
  activity: ['workspace_id', 'person_id', 'visitor_id', 'occurred_at'],
} as const

/** Rows written before the first refresh: a table smaller than this is planned well enough anyway. */
export const firstAnalyzeRows = 500

/**
 * Notes `rows` written to `table` and refreshes its planner statistics each time the rows written
 * since the last refresh reach the table's size then (so a growing table is analyzed about log2(n)
 * times, never per batch). ANALYZE runs inside the caller's transaction.
 */
export async function analyzeAsTablesGrow(
  db: Kysely<Database>,
  table: 'account' | 'person' | 'activity',
  rows: number,
): Promise<void> {
  const state = growth.get(table) ?? { written: 0, atLastAnalyze: 0 }
  const written = state.written + rows
  if (written < Math.max(firstAnalyzeRows, state.atLastAnalyze)) {
    growth.set(table, { ...state, written })
    return
  }
  const columns = sql.join(lookupColumns[table].map((column) => sql.id(column)))
  await sql`ANALYZE ${sql.table(table)} (${columns})`.execute(db)
  growth.set(table, { written: 0, atLastAnalyze: state.atLastAnalyze + written })
}
