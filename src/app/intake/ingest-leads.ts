import type { LeadInput } from '../../core/intake/index.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestLead, type IngestOptions, type IngestOutcome } from './ingest-lead.ts'

export type IntakeSummary = {
  read: number
  created: number
  updated: number
  merged: number
  rejected: number
  rejectedByReason: Record<string, number>
}

/** An empty tally of intake outcomes. */
export function emptySummary(): IntakeSummary {
  return { read: 0, created: 0, updated: 0, merged: 0, rejected: 0, rejectedByReason: {} }
}

/** Adds one outcome to a tally. */
export function tally(summary: IntakeSummary, outcome: IngestOutcome): void {
  summary.read += 1
  if (outcome.kind !== 'rejected') {
    summary[outcome.kind] += 1
    return
  }
  summary.rejected += 1
  summary.rejectedByReason[outcome.reason] = (summary.rejectedByReason[outcome.reason] ?? 0) + 1
}

/**
 * Takes a batch of leads in, in order, in one transaction with a savepoint per lead (a rejected lead
 * undoes only itself); returns every outcome and the tally.
 */
export async function ingestLeads(
  ctx: UseCaseContext,
  leads: readonly LeadInput[],
  options: IngestOptions,
): Promise<{ summary: IntakeSummary; outcomes: IngestOutcome[] }> {
  const summary = emptySummary()
  const outcomes: IngestOutcome[] = []
  await ctx.store.transaction(async (tx) => {
    for (const lead of leads) outcomes.push(await ingestLead(ctx, lead, options, tx))
  })
  for (const outcome of outcomes) tally(summary, outcome)
  return { summary, outcomes }
}
