import { toMarketPeriod } from '../../core/analytics/index.ts'
import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { MarketSize } from './report-ports.ts'

export type MarketSizeInput = {
  /** A year (2024), a quarter (2024-Q1), a month (2024-03) or two days (2024-01-01..2024-06-30). */
  readonly period: string
  readonly amountCents: number
  readonly currency?: string | undefined
  readonly note?: string | undefined
}

function checked(input: MarketSizeInput): MarketSize {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents < 0) {
    throw new AppError(
      'request.invalid',
      `The market size must be a whole, non-negative number of cents, not ${input.amountCents}.`,
      { details: { field: 'amountCents' } },
    )
  }
  const currency = (input.currency ?? 'USD').trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new AppError(
      'request.invalid',
      `Currency "${currency}" is not an ISO 4217 code such as USD.`,
      {
        details: { field: 'currency' },
      },
    )
  }
  const note = input.note?.trim() ?? ''
  return {
    ...toMarketPeriod(input.period),
    amountCents: input.amountCents,
    currency,
    note: note === '' ? null : note,
  }
}

/**
 * Records the total sales of the market for a period (seed 000's market share divides won revenue
 * by it); the same period again replaces it, and a period overlapping another is refused.
 */
export async function setMarketSize(
  ctx: UseCaseContext,
  input: MarketSizeInput,
): Promise<{ readonly outcome: 'created' | 'updated' | 'unchanged'; readonly size: MarketSize }> {
  const size = checked(input)
  return ctx.store.atomic(async (stores) => {
    const [overlap] = await stores.analytics.marketSizes.findOverlapping(size)
    if (overlap !== undefined) {
      throw new AppError(
        'request.invalid',
        `${size.periodStart}..${size.periodEnd} overlaps the market size recorded for ${overlap.periodStart}..${overlap.periodEnd}; record periods that do not overlap.`,
        { details: { field: 'period' } },
      )
    }
    return { outcome: await stores.analytics.marketSizes.upsert(size), size }
  })
}

/** Every recorded market size, oldest period first. */
export async function listMarketSizes(ctx: UseCaseContext): Promise<readonly MarketSize[]> {
  return ctx.store.analytics.marketSizes.list()
}
