import type { UseCaseContext } from '../../src/app/context.ts'
import { ingestLeads } from '../../src/app/intake/ingest-leads.ts'
import type { LeadInput } from '../../src/core/intake/index.ts'
import { measure, type Measurement } from '../harness.ts'
import { countCopyRows, toCopyRow } from './bulk-load.ts'
import type { LeadKind, Resolutions } from './measure-dedup.ts'
import type { BenchDatabase } from './open-bench-database.ts'
import { createProgress } from './progress.ts'

/** Leads per ingestLeads call, as `baton import leads` sends them: one transaction each. */
export const intakeBatchSize = 500
const loadSliceRows = 100_000

/** Times the baseline: the leads as raw rows, bulk-loaded into person_copy; checks they all landed. */
export async function timeBulkLoad(
  database: BenchDatabase,
  leads: readonly LeadInput[],
  workspaceId: string,
): Promise<Measurement> {
  const progress = createProgress(`baseline ${database.backend}`, leads.length)
  const result = await measure(
    `${database.backend} ${database.loader.method}`,
    async () => {
      const rows = leads.map((lead) => toCopyRow(lead, workspaceId))
      for (let start = 0; start < rows.length; start += loadSliceRows) {
        await database.loader.load(rows.slice(start, start + loadSliceRows))
        progress.update(Math.min(rows.length, start + loadSliceRows))
      }
    },
    { items: leads.length },
  )
  const stored = await countCopyRows(database.db)
  if (stored !== leads.length)
    throw new Error(`Expected ${leads.length} copied rows, found ${stored}.`)
  return result
}

/** Times intake of the leads in order through the use case; returns what became of each lead. */
export async function timeIntake(
  ctx: UseCaseContext,
  leads: readonly LeadInput[],
  backend: string,
): Promise<{ result: Measurement; resolutions: Resolutions }> {
  const kinds: LeadKind[] = []
  const personIds: (string | null)[] = []
  const progress = createProgress(`intake ${backend}`, leads.length)
  let refreshAt = 2000
  const result = await measure(
    `${backend} ingestLeads (batches of ${intakeBatchSize}, one transaction each)`,
    async () => {
      for (let start = 0; start < leads.length; start += intakeBatchSize) {
        const batch = leads.slice(start, start + intakeBatchSize)
        const { outcomes } = await ingestLeads(ctx, batch, { channel: 'bench' })
        // As `baton import` does: fresh planner statistics each time the row count doubles.
        if (start + batch.length >= refreshAt) {
          refreshAt *= 2
          await ctx.store.reports.refreshStatistics()
        }
        for (const outcome of outcomes) {
          kinds.push(outcome.kind)
          personIds.push(outcome.kind === 'rejected' ? null : outcome.personId)
        }
        progress.update(kinds.length)
      }
    },
    { items: leads.length },
  )
  return { result, resolutions: { kinds, personIds } }
}
