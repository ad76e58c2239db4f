import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { checkAgreement, checkHolidayCalendar } from './check-agreement.ts'

const withHolidays = (holidays: { country: string; region?: string } | undefined) => {
  const base = agreementFixture()
  const { holidays: _dropped, ...calendar } = base.calendar
  return { ...base, calendar: holidays === undefined ? calendar : { ...calendar, holidays } }
}

describe('checkHolidayCalendar', () => {
  it.each([
    [{ country: 'US' }, []],
    [{ country: 'us', region: 'ny' }, []],
    [{ country: 'BR', region: 'SP' }, []],
    [undefined, []],
  ])('accepts %j', (holidays, expected) => {
    expect(checkHolidayCalendar(withHolidays(holidays))).toEqual(expected)
  })

  it('names an unknown country with the fix', () => {
    expect(checkHolidayCalendar(withHolidays({ country: 'ZZ' }))).toEqual([
      expect.objectContaining({
        path: ['calendar', 'holidays', 'country'],
        message: expect.stringContaining('"ZZ"'),
      }),
    ])
  })

  it('names an unknown region and lists the known ones', () => {
    const [finding] = checkHolidayCalendar(withHolidays({ country: 'US', region: 'XX' }))
    expect(finding?.path).toEqual(['calendar', 'holidays', 'region'])
    expect(finding?.fix).toContain('NY')
  })

  it('joins the core rules and the holiday check in one report', () => {
    const report = checkAgreement(withHolidays({ country: 'ZZ' }))
    expect(report.errors.map((e) => e.path.join('.'))).toEqual(['calendar.holidays.country'])
  })
})
