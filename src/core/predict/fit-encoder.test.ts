import { describe, expect, it } from 'vitest'
import { fitEncoder } from './fit-encoder.ts'
import type { Cell, Table } from './types.ts'

const column = (name: string, cells: Cell[]): Table => ({
  columns: [name],
  rows: cells.map((cell) => [cell]),
})
const repeat = (cell: Cell, times: number): Cell[] => Array.from({ length: times }, () => cell)
const linear = { mode: 'linear', bins: 64 } as const
const binned = { mode: 'binned', bins: 64 } as const

describe('fitEncoder', () => {
  it('treats a column as numeric when at least 95% of present cells are numbers', () => {
    const cells = [...Array.from({ length: 95 }, (_, i) => String(i)), ...repeat('n/a', 5)]
    const encoder = fitEncoder(column('Visits', cells), ['Visits'], linear)
    expect(encoder.columns[0]?.kind).toBe('standardized')
  })

  it('treats a column as categorical when more than 5% of present cells are text', () => {
    const cells = [...Array.from({ length: 94 }, (_, i) => String(i % 3)), ...repeat('many', 6)]
    const encoder = fitEncoder(column('Visits', cells), ['Visits'], linear)
    expect(encoder.columns[0]?.kind).toBe('categorical')
  })

  it('standardizes numbers by mean and sd and flags missing values when there are any', () => {
    const cells: Cell[] = [1, 2, 3, 4, null]
    expect(fitEncoder(column('x', cells), ['x'], linear).columns).toEqual([
      { kind: 'standardized', column: 'x', mean: 2.5, sd: Math.sqrt(1.25), missingIndicator: true },
    ])
  })

  it('bins numbers at quantiles for trees', () => {
    const cells = Array.from({ length: 100 }, (_, i) => i)
    const encoding = fitEncoder(column('x', cells), ['x'], { mode: 'binned', bins: 4 }).columns[0]
    expect(encoding).toEqual({ kind: 'binned', column: 'x', edges: [24, 49, 74] })
  })

  it('pools levels seen in fewer than max(5, 0.5% of rows) rows into "(other)"', () => {
    const cells = [...repeat('Google', 10), ...repeat('Reference', 5), ...repeat('Bing', 4)]
    const encoding = fitEncoder(column('Lead Source', cells), ['Lead Source'], linear).columns[0]
    expect(encoding).toEqual({
      kind: 'categorical',
      column: 'Lead Source',
      levels: ['google', 'reference', '(other)'],
    })
  })

  it('merges levels that differ only in case or spacing', () => {
    const cells = [...repeat('Google', 3), ...repeat(' google', 3), ...repeat('Direct', 6)]
    const encoding = fitEncoder(column('Lead Source', cells), ['Lead Source'], linear).columns[0]
    expect(encoding?.kind === 'categorical' && encoding.levels).toEqual([
      'direct',
      'google',
      '(other)',
    ])
  })

  it('keeps missing as its own level of a categorical column', () => {
    const cells = [...repeat('Select', 6), ...repeat('Email', 6), ...repeat(null, 2), '']
    const encoding = fitEncoder(column('Specialization', cells), ['Specialization'], binned)
      .columns[0]
    expect(encoding?.kind === 'categorical' && encoding.levels).toEqual([
      'email',
      'select',
      '(missing)',
      '(other)',
    ])
  })

  it.each([
    { case: 'all missing', cells: [...repeat(null, 10), ...repeat('  ', 3)], reason: 'empty' },
    { case: 'one number', cells: repeat('7', 12), reason: 'constant' },
    { case: 'one level', cells: repeat('No', 12), reason: 'constant' },
    { case: 'only rare levels', cells: ['a', 'b', 'c', 'd', 'e', 'f'], reason: 'constant' },
  ])('drops a column with $case as $reason', ({ cells, reason }) => {
    for (const options of [linear, binned]) {
      const encoder = fitEncoder(column('x', cells), ['x'], options)
      expect(encoder).toEqual({ columns: [], dropped: [{ column: 'x', reason }] })
    }
  })

  it('keeps a numeric column that is constant apart from missing values: missingness may matter', () => {
    const encoder = fitEncoder(column('x', [...repeat(1, 10), null]), ['x'], linear)
    expect(encoder.columns[0]).toMatchObject({
      kind: 'standardized',
      sd: 1,
      missingIndicator: true,
    })
  })

  it('reads a column the table lacks as empty', () => {
    expect(fitEncoder(column('x', [1, 2]), ['y'], linear).dropped).toEqual([
      { column: 'y', reason: 'empty' },
    ])
  })
})
