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

/** Takes a batch of leads in, one transaction each, in order; returns every outcome and the tally. */
export async function ingestLeads(
  ctx: UseCaseContext,
  leads: readonly LeadInput[],
  options: IngestOptions,
): Promise<{ summary: IntakeSummary; outcomes: IngestOutcome[] }> {
  const summary = emptySummary()
  const outcomes: IngestOutcome[] = []
  for (const lead of leads) {
    const outcome = await ingestLead(ctx, lead, options)
    tally(summary, outcome)
    outcomes.push(outcome)
  }
  return { summary, outcomes }
}
