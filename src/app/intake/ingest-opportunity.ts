import { cleanText, normalizeCompanyName } from '../../core/hygiene/index.ts'
import {
  AppError,
  isAppError,
  type AccountId,
  type OpportunityId,
} from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStageIn, recordFirstStage } from '../funnel/change-stage.ts'
import type { Stores } from '../ports.ts'

/** One deal as it arrives from a file row. */
export type OpportunityInput = {
  readonly externalId: string | null
  readonly name: string | null
  readonly accountName: string | null
  readonly personExternalId: string | null
  readonly stage: string | null
  readonly status: string | null
  readonly amountCents: number | null
  readonly currency: string | null
  readonly openedAt: Date | null
  readonly closedAt: Date | null
  readonly product: string | null
  readonly properties: Readonly<Record<string, string>>
}

export type OpportunityOutcome =
  | { readonly kind: 'created' | 'merged'; readonly opportunityId: OpportunityId }
  | { readonly kind: 'rejected'; readonly reason: string; readonly message: string }

function refuse(reason: string, message: string): never {
  throw new AppError('request.invalid', message, { details: { reason } })
}

async function accountByName(tx: Stores, name: string | null): Promise<AccountId | null> {
  const key = normalizeCompanyName(name)
  if (name === null || key === null) return null
  const found = await tx.intake.findAccountByNameKey(key)
  return found?.id ?? tx.intake.insertAccountByName({ name: cleanText(name), nameKey: key })
}

async function insert(
  tx: Stores,
  ctx: UseCaseContext,
  input: OpportunityInput,
): Promise<OpportunityOutcome> {
  const externalId = cleanText(input.externalId) || null
  const existing = externalId === null ? undefined : await tx.intake.findOpportunity(externalId)
  if (existing) return { kind: 'merged', opportunityId: existing.id }
  const personKey = cleanText(input.personExternalId) || null
  const person = personKey === null ? undefined : await tx.intake.findPersonStage(personKey)
  if (personKey !== null && !person) {
    refuse(
      'unknown_person',
      `No lead has source id ${personKey}; import the leads first, then the deals.`,
    )
  }
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
  const createdAt = input.openedAt ?? input.closedAt ?? ctx.clock.now()
  const stage = cleanText(input.stage) || status
  const opportunityId = await tx.intake.insertOpportunity({
    externalId,
    name: cleanText(input.name) || `Deal ${externalId ?? ''}`.trim(),
    accountId: person?.accountId ?? (await accountByName(tx, input.accountName)),
    primaryPersonId: person?.id ?? null,
    stage,
    status,
    amountCents: input.amountCents ?? 0,
    currency: cleanText(input.currency) || 'USD',
    closedAt: status === 'open' ? null : input.closedAt,
    product: cleanText(input.product) || null,
    createdAt,
    properties: input.properties,
  })
  await recordFirstStage(tx, ctx, { type: 'opportunity', id: opportunityId }, stage, createdAt)
  // Closing the loop: a won deal is a won outcome for the lead it came from.
  if (person && status === 'won' && person.stage !== 'won' && input.closedAt !== null) {
    const subject = { type: 'person', id: person.id } as const
    await changeStageIn(tx, ctx, {
      subject,
      toStage: 'won',
      occurredAt: input.closedAt,
      reasonCode: 'closed_won',
    })
  }
  return { kind: 'created', opportunityId }
}

/** Takes one deal in atomically; a row that cannot be used is rejected with its reason, never half-written. */
export async function ingestOpportunity(
  ctx: UseCaseContext,
  input: OpportunityInput,
  stores: Stores = ctx.store,
): Promise<OpportunityOutcome> {
  try {
    return await stores.atomic((tx) => insert(tx, ctx, input))
  } catch (error) {
    if (!isAppError(error) || error.code === 'internal' || error.code === 'store.unavailable')
      throw error
    const reason =
      typeof error.details['reason'] === 'string' ? error.details['reason'] : error.code
    return { kind: 'rejected', reason, message: error.message }
  }
}

/** A batch of deals in one transaction, a savepoint each. */
export async function ingestOpportunities(
  ctx: UseCaseContext,
  inputs: readonly OpportunityInput[],
): Promise<OpportunityOutcome[]> {
  return ctx.store.transaction(async (tx) => {
    const outcomes: OpportunityOutcome[] = []
    for (const input of inputs) outcomes.push(await ingestOpportunity(ctx, input, tx))
    return outcomes
  })
}
