import { cleanSpend, type SpendInput } from '../../core/imports/index.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestEach, type RowOutcome } from './ingest-each.ts'

const outcomeKind = { created: 'created', updated: 'updated', unchanged: 'merged' } as const

/**
 * Records marketing spend, one row per channel and period, in one transaction: a new channel-period
 * is created, a known one takes the row's amount; the same row imported again changes nothing.
 */
export async function ingestSpend(
  ctx: UseCaseContext,
  inputs: readonly SpendInput[],
): Promise<RowOutcome[]> {
  return ingestEach(ctx, inputs, async (tx, input) => {
    const cleaning = cleanSpend(input)
    if (cleaning.kind === 'rejected') return cleaning
    const { spend } = cleaning
    const result = await tx.imports.spend.upsert(spend)
    return {
      kind: outcomeKind[result],
      id: `${spend.channel}:${spend.periodStart}:${spend.periodEnd}`,
    }
  })
}
