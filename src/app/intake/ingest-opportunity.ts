import { cleanText } from '../../core/hygiene/index.ts'
import { AppError, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStageIn, recordFirstStage } from '../funnel/change-stage.ts'
import type { Stores } from '../ports.ts'
import { loadDealDirectory, type DealDirectory } from './deal-directory.ts'
import { accountIdByName } from './ingest-account.ts'
import { ingestEach, type RowOutcome } from './ingest-each.ts'

/** One deal as it arrives from a file row or the API. */
export type OpportunityInput = {
  readonly externalId: string | null
  readonly name: string | null
  readonly accountName: string | null
  readonly personExternalId: string | null
  readonly ownerEmail?: string | null
  readonly ownerName?: string | null
  readonly stage: string | null
  readonly status: string | null
  readonly amountCents: number | null
  readonly currency: string | null
  readonly openedAt: Date | null
  readonly closedAt: Date | null
  readonly product: string | null
  readonly properties: Readonly<Record<string, string>>
}

function refuse(reason: string, message: string): never {
  throw new AppError('request.invalid', message, { details: { reason } })
}

function checkValues(input: OpportunityInput): void {
  for (const [field, at] of [
    ['openedAt', input.openedAt],
    ['closedAt', input.closedAt],
  ] as const) {
    if (at !== null && Number.isNaN(at.getTime()))
      refuse(
        'bad_date',
        `${field} is not a date — fix: map the column with the "date" transform and its format`,
      )
  }
  const amount = input.amountCents
  if (amount !== null && (!Number.isSafeInteger(amount) || amount < 0))
    refuse(
      'bad_amount',
      `amountCents ${String(amount)} is not whole cents >= 0 — fix: map the column with the "cents" transform`,
    )
}

function statusOf(input: OpportunityInput): 'open' | 'won' | 'lost' {
  const status = (cleanText(input.status) || 'open').toLowerCase()
  if (status !== 'open' && status !== 'won' && status !== 'lost') {
    refuse(
      'bad_status',
      `Status "${status}" is not open, won or lost; map the file's values onto those three.`,
    )
  }
  if (status !== 'open' && input.closedAt === null) {
    refuse('missing_close_date', `A ${status} deal needs its close date; map a column to closedAt.`)
  }
  return status
}

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
  const id = await tx.imports.opportunities.insert({
    externalId,
    name: cleanText(input.name) || `Deal ${externalId ?? ''}`.trim(),
    accountId,
    primaryPersonId: person?.id ?? null,
    ownerId: owner === 'unknown' ? null : owner,
    stage,
    status,
    amountCents: input.amountCents ?? 0,
    currency: cleanText(input.currency) || 'USD',
    closedAt: status === 'open' ? null : input.closedAt,
    product: product?.name ?? null,
    createdAt,
    properties: input.properties,
  })
  await recordFirstStage(tx, ctx, { type: 'opportunity', id }, stage, createdAt)
  if (person && status === 'won' && input.closedAt !== null)
    await closeLoop(tx, ctx, person, input.closedAt)
  const notes = [
    ...(accountId === null ? ['no_account'] : []),
    ...(owner === 'unknown' ? ['owner_unknown'] : []),
    ...(product && !product.inCatalog && directory.hasCatalog ? ['product_not_in_catalog'] : []),
  ]
  return { kind: 'created', id, ...(notes.length > 0 ? { notes } : {}) }
}

/**
 * Takes a batch of deals in, in one transaction with a savepoint each (a refused deal is rejected
 * with its reason, never half-written). A deal links to its lead by source id, else to its account by
 * normalized name; its owner is a user named by email or full name; its product takes the catalog's
 * spelling. What could not be linked is noted on the outcome (no_account, owner_unknown, ...).
 */
export async function ingestOpportunities(
  ctx: UseCaseContext,
  inputs: readonly OpportunityInput[],
): Promise<RowOutcome[]> {
  const directory = await loadDealDirectory(ctx.store)
  return ingestEach(ctx, inputs, (tx, input) => insert(tx, ctx, input, directory))
}
