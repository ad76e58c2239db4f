import { cleanText } from '../../core/hygiene/index.ts'
import { isAppError, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStageIn, recordFirstStage } from '../funnel/change-stage.ts'
import type { Stores } from '../ports.ts'
import { loadDealDirectory, type DealDirectory } from './deal-directory.ts'
import { accountIdByName } from './ingest-account.ts'
import { ingestEach, type RowOutcome } from './ingest-each.ts'
import { ingestOpportunityBatch } from './ingest-opportunity-batch.ts'
import {
  checkValues,
  created,
  dealNotes,
  dealRow,
  refuse,
  statusOf,
  type OpportunityInput,
} from './deal-rules.ts'

export type { OpportunityInput } from './deal-rules.ts'

async function personOf(tx: Stores, input: OpportunityInput) {
  const personKey = cleanText(input.personExternalId) || null
  const person = personKey === null ? undefined : await tx.intake.findPersonStage(personKey)
  if (personKey !== null && !person) {
    refuse(
      'unknown_person',
      `No lead has source id ${personKey}; import the leads first, then the deals.`,
    )
  }
  return person
}

// Closing the loop: a won deal is a won outcome for the lead it came from.
async function closeLoop(
  tx: Stores,
  ctx: UseCaseContext,
  person: { readonly id: PersonId; readonly stage: string },
  closedAt: Date,
) {
  if (person.stage === 'won') return
  const subject = { type: 'person', id: person.id } as const
  await changeStageIn(tx, ctx, {
    subject,
    toStage: 'won',
    occurredAt: closedAt,
    reasonCode: 'closed_won',
  })
}

async function insert(
  tx: Stores,
  ctx: UseCaseContext,
  input: OpportunityInput,
  directory: DealDirectory,
): Promise<RowOutcome> {
  const externalId = cleanText(input.externalId) || null
  const existing =
    externalId === null ? undefined : await tx.imports.opportunities.findByExternalId(externalId)
  if (existing) return { kind: 'merged', id: existing }
  checkValues(input)
  const person = await personOf(tx, input)
  const status = statusOf(input)
  const createdAt = input.openedAt ?? input.closedAt ?? ctx.clock.now()
  const stage = cleanText(input.stage) || status
  const accountId = person?.accountId ?? (await accountIdByName(tx, ctx, input.accountName))
  const owner = directory.ownerOf(input.ownerEmail ?? null, input.ownerName ?? null)
  const product = directory.productOf(input.product)
  const row = dealRow(input, {
    externalId,
    personId: person?.id ?? null,
    accountId,
    owner,
    product,
    status,
    stage,
    createdAt,
  })
  const id = await tx.imports.opportunities.insert(row)
  await recordFirstStage(tx, ctx, { type: 'opportunity', id }, stage, createdAt)
  if (person && status === 'won' && input.closedAt !== null)
    await closeLoop(tx, ctx, person, input.closedAt)
  return created(id, dealNotes(accountId, owner, product, directory))
}

/**
 * Takes a batch of deals in, in one transaction: set-based (ingestOpportunityBatch), and if a write
 * fails because of one deal, again row by row with a savepoint each, so only that deal is rejected
 * with its reason and nothing is half-written. A deal links to its lead by source id, else to its
 * account by normalized name; its owner is a user named by email or full name; its product takes the
 * catalog's spelling. What could not be linked is noted on the outcome (no_account, owner_unknown...).
 */
export async function ingestOpportunities(
  ctx: UseCaseContext,
  inputs: readonly OpportunityInput[],
): Promise<RowOutcome[]> {
  const directory = await loadDealDirectory(ctx.store)
  try {
    return await ctx.store.transaction((tx) => ingestOpportunityBatch(tx, ctx, inputs, directory))
  } catch (error) {
    if (!isAppError(error) || error.code === 'internal' || error.code === 'store.unavailable')
      throw error
    return ingestEach(ctx, inputs, (tx, input) => insert(tx, ctx, input, directory))
  }
}
