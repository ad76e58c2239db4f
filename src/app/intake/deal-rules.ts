import { cleanText } from '../../core/hygiene/index.ts'
import { AppError, type PersonId } from '../../core/shared/index.ts'
import type { DealDirectory } from './deal-directory.ts'
import type { ImportedOpportunity } from './import-ports.ts'
import type { RowOutcome } from './ingest-each.ts'

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

/** Refuses the row with a reason the import summary counts. */
export function refuse(reason: string, message: string): never {
  throw new AppError('request.invalid', message, { details: { reason } })
}

/** Refuses dates that are not dates and amounts that are not whole cents >= 0. */
export function checkValues(input: OpportunityInput): void {
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

/** open, won or lost; a closed deal needs its close date. */
export function statusOf(input: OpportunityInput): 'open' | 'won' | 'lost' {
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

/** What could not be linked for a deal, noted on its outcome. */
export function dealNotes(
  accountId: string | null,
  owner: ReturnType<DealDirectory['ownerOf']>,
  product: ReturnType<DealDirectory['productOf']>,
  directory: DealDirectory,
): string[] {
  return [
    ...(accountId === null ? ['no_account'] : []),
    ...(owner === 'unknown' ? ['owner_unknown'] : []),
    ...(product && !product.inCatalog && directory.hasCatalog ? ['product_not_in_catalog'] : []),
  ]
}

/** A created row's outcome, with its notes when there are any. */
export function created(id: string, notes: readonly string[]): RowOutcome {
  return { kind: 'created', id, ...(notes.length > 0 ? { notes } : {}) }
}

/** What a deal row stores, from its input and what the import resolved for it. */
export function dealRow(
  input: OpportunityInput,
  resolved: {
    readonly externalId: string | null
    readonly personId: PersonId | null
    readonly accountId: string | null
    readonly owner: ReturnType<DealDirectory['ownerOf']>
    readonly product: ReturnType<DealDirectory['productOf']>
    readonly status: 'open' | 'won' | 'lost'
    readonly stage: string
    readonly createdAt: Date
  },
): ImportedOpportunity {
  const { externalId, owner, status } = resolved
  return {
    externalId,
    name: cleanText(input.name) || `Deal ${externalId ?? ''}`.trim(),
    accountId: resolved.accountId,
    primaryPersonId: resolved.personId,
    ownerId: owner === 'unknown' ? null : owner,
    stage: resolved.stage,
    status,
    amountCents: input.amountCents ?? 0,
    currency: cleanText(input.currency) || 'USD',
    closedAt: status === 'open' ? null : input.closedAt,
    product: resolved.product?.name ?? null,
    createdAt: resolved.createdAt,
    properties: input.properties,
  }
}
