import { describe, expect, it } from 'vitest'
import { describePeriod, lastDays, periodFromSearch, previousPeriod } from './period.ts'

const today = new Date('2026-12-02T14:00:00Z')

describe('report periods', () => {
  it.each([
    {
      rule: 'a quarter is compared with the quarter-length span before it',
      period: { from: '2018-04-01', to: '2018-07-01' },
      previous: { from: '2017-12-31', to: '2018-04-01' },
    },
    {
      rule: 'an open end runs through today',
      period: { from: '2026-11-03' },
      previous: { from: '2026-10-04', to: '2026-11-03' },
    },
    { rule: 'all time has nothing before it', period: {}, previous: undefined },
    {
      rule: 'an empty or backwards period has nothing before it',
      period: { from: '2018-02-01', to: '2018-01-01' },
      previous: undefined,
    },
  ])('$rule', ({ period, previous }) => {
    expect(previousPeriod(period, today)).toEqual(previous)
  })

  it('reads only well-formed days from the address and describes the period', () => {
    const period = periodFromSearch(new URLSearchParams('from=2018-01-01&to=tomorrow'))
    expect(period).toEqual({ from: '2018-01-01' })
    expect(describePeriod(period)).toBe('since 2018-01-01')
    expect(describePeriod({})).toBe('all time')
    expect(lastDays(90, today)).toEqual({ from: '2026-09-04' })
  })
})
