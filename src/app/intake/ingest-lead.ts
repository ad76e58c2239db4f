import type { LeadInput } from '../../core/intake/index.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestLeads } from './ingest-leads.ts'
import type { IngestOptions, IngestOutcome } from './prepare-lead.ts'

export type { IngestOptions, IngestOutcome } from './prepare-lead.ts'

/**
 * Takes one lead in: hygiene, then the same person by source id or canonical email (a repeat fills
 * blanks and is recorded as a capture, never a new lead), then the account; a batch of one.
 */
export async function ingestLead(
  ctx: UseCaseContext,
  input: LeadInput,
  options: IngestOptions,
): Promise<IngestOutcome> {
  const { outcomes } = await ingestLeads(ctx, [input], options)
  const [outcome] = outcomes
  if (!outcome) throw new Error('Intake of one lead returned no outcome.')
  return outcome
}
