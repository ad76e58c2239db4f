import { describe, expect, it } from 'vitest'
import { isAppError } from '../shared/index.ts'
import { channelOf, handExample } from './plan.fixture.ts'
import { requiredFunnel } from './required-funnel.ts'
import { roundUp } from './round-up.ts'

describe('requiredFunnel', () => {
  it('reproduces the hand-computed plan: $1,000,000 -> 40, 160, 320, 356, 2,967', () => {
    expect(requiredFunnel(handExample, 100_000_000)).toEqual({
      won: 40,
      opportunity: 160,
      sql: 320,
      mql: 356,
      inquiry: 2967,
    })
  })

  it.each([
    // revenue, deal, win, opp, sql->opp, mql->sql, inquiry->mql, expected [won, opp, sql, mql, inquiry]
    [100_000_000, 2_500_000, 0.2, 0.5, 0.5, 0.1, [40, 200, 400, 800, 8000]],
    // 1 cent over a whole number of deals needs one more deal, and every stage above rounds up again
    [100_000_001, 2_500_000, 0.25, 0.5, 0.9, 0.12, [41, 164, 328, 365, 3042]],
    [5_000_000, 2_500_000, 1, 1, 1, 1, [2, 2, 2, 2, 2]],
    [1, 2_500_000, 0.3, 0.3, 0.3, 0.3, [1, 4, 14, 47, 157]],
  ])(
    '%i cents at %i per deal needs each stage rounded up before the next',
    (revenue, deal, win, opp, sql, mql, expected) => {
      const channel = channelOf(
        'c',
        { opportunity_to_won: win, sql_to_opportunity: opp, mql_to_sql: sql, inquiry_to_mql: mql },
        { averageDealCents: deal },
      )
      const counts = requiredFunnel(channel, revenue)
      expect([counts.won, counts.opportunity, counts.sql, counts.mql, counts.inquiry]).toEqual(
        expected,
      )
    },
  )

  it('starts at the channel entry stage: sales prospecting needs no inquiries or MQLs', () => {
    const sales = channelOf(
      'field',
      { opportunity_to_won: 0.25, sql_to_opportunity: 0.5 },
      { source: 'sales', entryStage: 'sql' },
    )
    expect(requiredFunnel(sales, 100_000_000)).toEqual({
      won: 40,
      opportunity: 160,
      sql: 320,
      mql: 0,
      inquiry: 0,
    })
  })

  it.each([
    [
      { mql_to_sql: 0 },
      /MQL->SQL \(mql_to_sql\) rate is 0.*set channels\.inbound\.rates\.mql_to_sql/,
    ],
    [
      { mql_to_sql: undefined },
      /MQL->SQL \(mql_to_sql\) rate is missing.*or derive it from history/,
    ],
    [
      { inquiry_to_mql: 12 },
      /inquiry->MQL \(inquiry_to_mql\) rate is 12, above 1.*for 12% write 0\.12/,
    ],
    [{ opportunity_to_won: -0.1 }, /opportunity->won \(opportunity_to_won\) rate is -0\.1/],
    [
      { sql_to_opportunity: Number.NaN },
      /SQL->opportunity \(sql_to_opportunity\) rate is not a number/,
    ],
  ])('refuses a bad rate %o with a message naming it and the fix', (change, message) => {
    const rates = {
      opportunity_to_won: 0.25,
      sql_to_opportunity: 0.5,
      mql_to_sql: 0.9,
      inquiry_to_mql: 0.12,
      ...change,
    }
    const defined = Object.fromEntries(Object.entries(rates).filter(([, v]) => v !== undefined))
    const run = () => requiredFunnel(channelOf('inbound', defined), 100_000_000)
    expect(run).toThrow(message)
    try {
      run()
    } catch (error) {
      expect(isAppError(error, 'plan.invalid')).toBe(true)
    }
  })

  it('refuses a missing or zero average deal size', () => {
    const rates = { opportunity_to_won: 0.25 }
    expect(() =>
      requiredFunnel(channelOf('x', rates, { entryStage: 'opportunity', averageDealCents: 0 }), 1),
    ).toThrow(/average deal size is 0.*averageDealCents/)
  })
})

describe('roundUp', () => {
  it.each([
    [100 / 0.2, 500],
    [320 / 0.9, 356],
    [356 / 0.12, 2967],
    [40.000001, 41],
    [0, 0],
  ])('rounds %d up to %d without adding a lead for float noise', (value, expected) => {
    expect(roundUp(value)).toBe(expected)
  })
})
