import { describe, expect, it } from 'vitest'
import { errorOf } from '../../../test/error-of.ts'
import { AppError } from '../shared/index.ts'
import { toMarketPeriod } from './to-market-period.ts'

describe('toMarketPeriod', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-q4', '2024-10-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-01-15..2024-06-30', '2024-01-15', '2024-06-30'],
    [' 2024-03-01..2024-03-01 ', '2024-03-01', '2024-03-01'],
  ])('reads %s as %s..%s, both days inclusive', (text, periodStart, periodEnd) => {
    expect(toMarketPeriod(text)).toEqual({ periodStart, periodEnd })
  })

  it.each([
    '',
    '24',
    '2024-Q5',
    '2024-13',
    '2024-02-30..2024-03-01',
    '2024-06-01..2024-01-01',
    'Q1',
  ])('refuses "%s" naming the forms it reads', (text) => {
    const error = errorOf(() => toMarketPeriod(text))
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/give a year \(2024\), a quarter \(2024-Q1\)/)
  })
})
