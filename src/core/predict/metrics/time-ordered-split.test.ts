import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import { timeOrderedSplit } from './time-ordered-split.ts'

const dates = ['2024-03-01', null, '2024-01-01', '2024-02-01', '2024-03-01', '2024-01-15']

describe('timeOrderedSplit', () => {
  it.each([
    { testShare: 0.2, train: [0, 1, 2, 3, 5], test: [4] },
    { testShare: 0.34, train: [1, 2, 3, 5], test: [0, 4] },
    { testShare: 0.5, train: [1, 2, 5], test: [0, 3, 4] },
    { testShare: 0.99, train: [1], test: [0, 2, 3, 4, 5] },
  ])('tests on the newest rows at share $testShare, undated rows training', (expected) => {
    const { testShare, ...split } = expected
    expect(timeOrderedSplit(dates, testShare)).toEqual(split)
  })

  it('treats the later row as newer when dates tie', () => {
    expect(timeOrderedSplit(['2024-01-01', '2024-01-01', '2024-01-01'], 0.34)).toEqual({
      train: [0, 1],
      test: [2],
    })
  })

  it('compares instants, not text, across time zones', () => {
    const zoned = ['2024-01-01T09:00:00-02:00', '2024-01-01T10:00:00Z', '2023-12-31']
    expect(timeOrderedSplit(zoned, 0.34).test).toEqual([0])
  })

  it.each([
    { case: 'an unreadable date', dates: ['2024-01-01', 'yesterday'], testShare: 0.5 },
    { case: 'no dated row', dates: [null, null], testShare: 0.5 },
    { case: 'a test share of 0', dates: ['2024-01-01', '2024-01-02'], testShare: 0 },
    { case: 'a test share of 1', dates: ['2024-01-01', '2024-01-02'], testShare: 1 },
    { case: 'a single row', dates: ['2024-01-01'], testShare: 0.5 },
  ])('rejects $case as request.invalid', ({ dates: input, testShare }) => {
    const error = errorOf(() => timeOrderedSplit(input, testShare))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
