import { describe, expect, it } from 'vitest'
import { cleanSpend } from './clean-spend.ts'

describe('cleanSpend', () => {
  it('names the channel as lead sources are named and keeps whole days', () => {
    expect(
      cleanSpend({
        channel: 'PPC',
        periodStart: '2018-01-01T00:00:00.000Z',
        periodEnd: '2018-01-31',
        amountCents: '1250000',
        currency: 'eur',
      }),
    ).toEqual({
      kind: 'clean',
      spend: {
        channel: 'paid search',
        periodStart: '2018-01-01',
        periodEnd: '2018-01-31',
        amountCents: 1_250_000,
        currency: 'EUR',
      },
    })
  })

  it('takes one day as a period and USD by default', () => {
    expect(
      cleanSpend({
        channel: 'Webinar',
        periodStart: '2018-03-05',
        periodEnd: '2018-03-05',
        amountCents: 0,
      }),
    ).toMatchObject({ kind: 'clean', spend: { currency: 'USD', amountCents: 0 } })
  })

  const base = {
    channel: 'email',
    periodStart: '2018-01-01',
    periodEnd: '2018-01-31',
    amountCents: 100,
  }
  it.each([
    [{ ...base, amountCents: -500 }, 'spend.negative_amount', /cannot be negative/],
    [{ ...base, amountCents: '-5.00' }, 'spend.negative_amount', /cannot be negative/],
    [{ ...base, amountCents: '12.5' }, 'spend.bad_amount', /whole number/],
    [{ ...base, amountCents: null }, 'spend.missing_amount', /no amount/],
    [
      { ...base, periodEnd: '2017-12-31' },
      'spend.period_reversed',
      /ends 2017-12-31, before it starts 2018-01-01/,
    ],
    [
      { ...base, periodStart: 'January 2018' },
      'spend.bad_date',
      /periodStart "January 2018" is not a date/,
    ],
    [{ ...base, periodEnd: '2018-13-01' }, 'spend.bad_date', /periodEnd/],
    [{ ...base, periodEnd: '' }, 'spend.missing_period', /both periodStart and periodEnd/],
    [{ ...base, channel: 'N/A' }, 'spend.missing_channel', /no channel/],
    [{ ...base, currency: 'dollars' }, 'spend.bad_currency', /ISO 4217/],
  ])('rejects %j as %s with how to fix it', (input, reason, message) => {
    const result = cleanSpend(input)
    expect(result).toMatchObject({ kind: 'rejected', reason })
    expect(result.kind === 'rejected' && result.message).toMatch(message)
    expect(result.kind === 'rejected' && result.message).toContain('fix:')
  })
})
