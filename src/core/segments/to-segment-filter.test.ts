import { describe, expect, it } from 'vitest'
import { errorOf } from '../../../test/error-of.ts'
import { AppError } from '../shared/index.ts'
import { describeSegmentFilter } from './describe-segment-filter.ts'
import { icpFilter } from './icp-filter.ts'
import { toSegmentFilter } from './to-segment-filter.ts'

function failure(raw: unknown, subject: 'person' | 'account' = 'person') {
  const error = errorOf(() => toSegmentFilter(raw, subject))
  if (!(error instanceof AppError)) throw new Error('expected an AppError')
  return { code: error.code, message: error.message, path: error.details['path'] }
}

describe('toSegmentFilter', () => {
  it('accepts conditions on person and account fields joined with and, or and not', () => {
    const filter = {
      and: [
        { field: 'stage', op: 'in', value: ['mql', 'sql'] },
        {
          or: [
            { field: 'account.industry', op: 'eq', value: 'Software' },
            { field: 'score', op: 'gte', value: 60 },
          ],
        },
        { not: { field: 'doNotContact', op: 'eq', value: true } },
        { field: 'lastActivityAt', op: 'within_days', value: 180 },
        { field: 'email', op: 'not_null' },
      ],
    }
    expect(toSegmentFilter(filter, 'person')).toEqual(filter)
    expect(toSegmentFilter({ and: [] }, 'account')).toEqual({ and: [] })
  })

  it.each([
    [
      'an unknown field, listing the valid ones',
      { field: 'zodiac', op: 'eq', value: 'leo' },
      'filter.field',
      /^Segment filter at filter\.field: "zodiac" is not a person field; use one of email, firstName, .*account\.createdAt\.$/,
    ],
    [
      'an operator the field type does not take',
      { and: [{ field: 'score', op: 'contains', value: '6' }] },
      'filter.and[0].op',
      /"contains" does not apply to the number field score; use one of eq, neq, in, not_in, gt, gte, lt, lte, is_null, not_null\.$/,
    ],
    [
      'an operator that does not exist',
      { field: 'email', op: 'like', value: '%@acme.com' },
      'filter.op',
      /"like" is not an operator; use one of eq, neq, in, not_in, contains, starts_with, is_null, not_null\.$/,
    ],
    [
      'a value of the wrong type',
      { or: [{ field: 'createdAt', op: 'gte', value: 'last tuesday' }] },
      'filter.or[0].value',
      /gte takes a date \(YYYY-MM-DD or an ISO 8601 instant\)\.$/,
    ],
    [
      'an empty list',
      { field: 'stage', op: 'in', value: [] },
      'filter.value',
      /in takes a list of 1 to 1000 values\.$/,
    ],
    [
      'a value on is_null',
      { field: 'title', op: 'is_null', value: 'x' },
      'filter.value',
      /is_null takes no value; remove it\.$/,
    ],
    [
      'days that are not whole',
      { field: 'lastActivityAt', op: 'within_days', value: 1.5 },
      'filter.value',
      /whole number of days/,
    ],
    ['an empty or', { or: [] }, 'filter.or', /or takes a list of filters \(at least one\)\.$/],
    ['and beside other keys', { and: [], field: 'x' }, 'filter', /"and" stands alone/],
    [
      'a condition with a stray key',
      { field: 'stage', op: 'eq', value: 'mql', values: [] },
      'filter',
      /unknown key "values"/,
    ],
    ['a list where an object belongs', [{ field: 'stage' }], 'filter', /expected an object/],
  ])('refuses %s', (_, raw, path, message) => {
    const found = failure(raw)
    expect(found.code).toBe('request.invalid')
    expect(found.path).toBe(path)
    expect(found.message).toMatch(message)
  })

  it('tests account segments on account fields only, unprefixed', () => {
    expect(toSegmentFilter({ field: 'employeeCount', op: 'lt', value: 500 }, 'account')).toEqual({
      field: 'employeeCount',
      op: 'lt',
      value: 500,
    })
    expect(failure({ field: 'email', op: 'not_null' }, 'account').message).toMatch(
      /"email" is not an account field; use one of name, domain, industry/,
    )
  })

  it('caps depth and size so a saved query stays cheap to evaluate', () => {
    let deep: unknown = { field: 'stage', op: 'eq', value: 'mql' }
    for (let i = 0; i < 8; i++) deep = { not: deep }
    expect(failure(deep).message).toMatch(/nest at most 8 levels/)
    const many = {
      and: Array.from({ length: 101 }, () => ({ field: 'stage', op: 'eq', value: 'mql' })),
    }
    expect(failure(many).message).toMatch(/at most 100 conditions/)
  })
})

describe('icpFilter', () => {
  it('turns the profile account criteria into an account filter', () => {
    expect(
      icpFilter({
        product: 'Platform',
        account: {
          industries: ['Software'],
          countries: ['US', 'CA'],
          employeeCount: { min: 50, max: 1000 },
        },
        person: {},
        bestCustomers: [],
        worstCustomers: [],
      }),
    ).toEqual({
      and: [
        { field: 'industry', op: 'in', value: ['Software'] },
        { field: 'country', op: 'in', value: ['US', 'CA'] },
        { field: 'employeeCount', op: 'gte', value: 50 },
        { field: 'employeeCount', op: 'lte', value: 1000 },
      ],
    })
    expect(
      icpFilter({
        product: 'P',
        account: { notes: 'anyone' },
        person: {},
        bestCustomers: [],
        worstCustomers: [],
      }),
    ).toBeNull()
  })
})

describe('describeSegmentFilter', () => {
  it('reads a filter as one line, grouping nested and/or in parentheses', () => {
    expect(
      describeSegmentFilter({
        and: [
          { field: 'stage', op: 'in', value: ['mql', 'sql'] },
          {
            or: [
              { field: 'score', op: 'gte', value: 60 },
              { field: 'title', op: 'is_null' },
            ],
          },
          { not: { field: 'lastActivityAt', op: 'within_days', value: 180 } },
        ],
      }),
    ).toBe(
      'stage in ["mql","sql"] AND (score >= 60 OR title is blank) AND NOT lastActivityAt within the last 180 days',
    )
    expect(describeSegmentFilter({ and: [] })).toBe('everyone')
  })
})

describe('toSegmentFilter and text that cannot be stored', () => {
  it('refuses a NUL character in a value', () => {
    expect(failure({ field: 'email', op: 'eq', value: 'a\u0000b' }).message).toMatch(
      /eq takes a string \(without NUL characters\)\.$/,
    )
    expect(failure({ field: 'email', op: 'contains', value: '\u0000' }).path).toBe('filter.value')
  })
})
