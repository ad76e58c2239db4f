import { normalizeSource } from '../hygiene/index.ts'
import { readCurrency, readDay, readWholeNumber, reject } from './read-value.ts'
import type { CleanSpend, Rejection, SpendInput } from './types.ts'

/**
 * Cleans one spend row: the channel is named the way lead sources are ("Paid Search" and "ppc" are
 * "paid search"), so spend lines up with the records it paid for; the period is two calendar days, the
 * end not before the start; the amount is whole cents, never negative.
 */
export function cleanSpend(input: SpendInput): { kind: 'clean'; spend: CleanSpend } | Rejection {
  const channel = normalizeSource(input.channel).source
  if (channel === null)
    return reject(
      'spend.missing_channel',
      'the row names no channel — fix: fill the channel cell, or map a column to channel',
    )
  const start = readDay('periodStart', input.periodStart, 'spend.bad_date')
  if (start.kind === 'rejected') return start
  const end = readDay('periodEnd', input.periodEnd, 'spend.bad_date')
  if (end.kind === 'rejected') return end
  if (start.value === null || end.value === null)
    return reject(
      'spend.missing_period',
      'the row needs both periodStart and periodEnd — fix: map both columns (for one day, map the same column twice)',
    )
  if (end.value < start.value)
    return reject(
      'spend.period_reversed',
      `the period ends ${end.value}, before it starts ${start.value} — fix: swap the two columns or correct the dates`,
    )
  const amount = readWholeNumber('amountCents', input.amountCents, {
    bad: 'spend.bad_amount',
    negative: 'spend.negative_amount',
  })
  if (amount.kind === 'rejected') return amount
  if (amount.value === null)
    return reject(
      'spend.missing_amount',
      'the row has no amount — fix: map a column to amountCents with the "cents" transform',
    )
  const currency = readCurrency(input.currency, 'spend.bad_currency')
  if (currency.kind === 'rejected') return currency
  return {
    kind: 'clean',
    spend: {
      channel,
      periodStart: start.value,
      periodEnd: end.value,
      amountCents: amount.value,
      currency: currency.value,
    },
  }
}
