import type { LeadInput } from '../../core/intake/index.ts'
import { isAppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { identifyVisitors, visitorIdentities } from '../tracking/identify-visitors.ts'
import { summarizeOutcomes, type ImportSummary } from './import-summary.ts'
import { ingestBatch } from './ingest-batch.ts'
import {
  prepareLead,
  type IngestOptions,
  type IngestOutcome,
  type PreparedLead,
} from './prepare-lead.ts'
import { authorize } from '../access/authorize.ts'

// A failure the lead itself caused (a constraint, a race for its address), as opposed to the store
// being down or a bug: that lead is rejected and the rest go on.
const isLeadFailure = (error: unknown) =>
  isAppError(error) && error.code !== 'internal' && error.code !== 'store.unavailable'

// One lead in its own savepoint; a concurrent capture that took its address first is found on a
// second look.
async function ingestAlone(
  tx: Stores,
  ctx: UseCaseContext,
  lead: PreparedLead,
  options: IngestOptions,
): Promise<IngestOutcome> {
  const attempt = () => tx.atomic((sp) => ingestBatch(sp, ctx, [lead], options))
  try {
    const [outcome] = await attempt().catch((error: unknown) => {
      if (isAppError(error, 'person.email_taken')) return attempt()
      throw error
    })
    if (outcome) return outcome
    throw new Error('A one-lead batch returned no outcome.')
  } catch (error) {
    if (!isLeadFailure(error) || !isAppError(error)) throw error
    return {
      kind: 'rejected',
      reason: error.code,
      message: error.message,
      issues: lead.clean.issues,
    }
  }
}

/**
 * Takes a batch of leads in, in order, in one transaction: set-based (see ingestBatch), so a batch of
 * hundreds costs a handful of statements. If a write fails because of one lead, the batch is taken
 * again lead by lead, each in its own savepoint, so only that lead is rejected.
 */
export async function ingestLeads(
  ctx: UseCaseContext,
  leads: readonly LeadInput[],
  options: IngestOptions,
): Promise<{ summary: ImportSummary; outcomes: IngestOutcome[] }> {
  authorize(ctx, 'leads.capture')
  const prepared = leads.map((lead) => prepareLead(lead, options))
  // A lead a site form captured with the tracker's visitor id takes that visitor's page views.
  const identify = async (tx: Stores, done: IngestOutcome[]) => {
    const pairs = done.map((o, i) => ({
      visitorId: leads[i]?.visitorId,
      personId: o.kind === 'rejected' ? null : o.personId,
    }))
    await identifyVisitors(tx, ctx, visitorIdentities(pairs))
    return done
  }
  const outcomes = await ctx.store
    .transaction(async (tx) => identify(tx, await ingestBatch(tx, ctx, prepared, options)))
    .catch(async (error: unknown) => {
      if (!isLeadFailure(error)) throw error
      return ctx.store.transaction(async (tx) => {
        const one: IngestOutcome[] = []
        for (const lead of prepared) one.push(await ingestAlone(tx, ctx, lead, options))
        return identify(tx, one)
      })
    })
  return { summary: summarizeOutcomes(outcomes), outcomes }
}
