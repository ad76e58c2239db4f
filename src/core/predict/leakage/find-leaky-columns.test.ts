import { describe, expect, it } from 'vitest'
import { isAppError } from '../../shared/index.ts'
import { errorOf } from '../../../../test/error-of.ts'
import type { Cell, Table } from '../types.ts'
import { findLeakyColumns } from './find-leaky-columns.ts'

// 200 leads, 40% converted, spread through the table.
const target = Array.from({ length: 200 }, (_, row) => (row * 37) % 100 < 40)
const columns: Record<string, (row: number, converted: boolean) => Cell> = {
  'Page Views': (row) => (row * 53) % 17,
  Region: (row) => ['north', 'south', 'east', 'west'][row % 4] ?? null,
  Echo: (_, converted) => (converted ? 'yes' : 'no'),
  'Lead Quality': (row) => ['High', 'Low', null][row % 3] ?? null,
  'Days Idle': (row, converted) => (converted ? row % 6 : 4 + (row % 20)),
  'Prospect ID': (row) => `lead-${row}`,
}
const table: Table = {
  columns: Object.keys(columns),
  rows: target.map((converted, row) => Object.values(columns).map((cell) => cell(row, converted))),
}
const flagged = (options?: Parameters<typeof findLeakyColumns>[2]) =>
  findLeakyColumns(table, target, options).map(({ column, reason }) => ({ column, reason }))

describe('findLeakyColumns', () => {
  it('flags a text copy of the target by AUC, a quality column by name, an inverted one by AUC', () => {
    expect(flagged()).toEqual([
      { column: 'Echo', reason: 'near_perfect_auc' },
      { column: 'Lead Quality', reason: 'name_hint' },
      { column: 'Days Idle', reason: 'near_perfect_auc' },
    ])
  })

  it('explains each verdict with the evidence', () => {
    const [echo, quality] = findLeakyColumns(table, target)
    expect(echo?.detail).toBe(
      'alone it ranks the outcome with AUC 1.000 (flagged at >= 0.95 or <= 0.050)',
    )
    expect(quality?.detail).toMatch(
      /^the name mentions "quality", which is recorded after the outcome/,
    )
  })

  it.each([
    { allow: ['Echo'], expected: ['Lead Quality', 'Days Idle'] },
    { allow: ['lead quality', 'DAYS IDLE'], expected: ['Echo'] },
    { allow: ['Echo', 'Lead Quality', 'Days Idle'], expected: [] },
    { allow: ['Not A Column'], expected: ['Echo', 'Lead Quality', 'Days Idle'] },
  ])('never flags an allowed column (allow $allow)', ({ allow, expected }) => {
    expect(flagged({ allow }).map((leak) => leak.column)).toEqual(expected)
  })

  it('uses the threshold the caller gives', () => {
    // Days Idle overlaps a little (AUC about 0.017): flagged at 0.95, not at 0.99.
    expect(flagged({ aucThreshold: 0.99 }).map((leak) => leak.column)).toEqual([
      'Echo',
      'Lead Quality',
    ])
  })

  it.each([
    {
      case: 'a threshold of 0.5',
      run: () => findLeakyColumns(table, target, { aucThreshold: 0.5 }),
    },
    {
      case: 'a threshold above 1',
      run: () => findLeakyColumns(table, target, { aucThreshold: 1.1 }),
    },
    { case: 'a target of another length', run: () => findLeakyColumns(table, target.slice(1)) },
    {
      case: 'a single-class target',
      run: () =>
        findLeakyColumns(
          table,
          target.map(() => true),
        ),
    },
  ])('rejects $case as request.invalid', ({ run }) => {
    const error = errorOf(run)
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
