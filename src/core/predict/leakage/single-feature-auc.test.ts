import { describe, expect, it } from 'vitest'
import type { Cell } from '../types.ts'
import { singleFeatureAuc } from './single-feature-auc.ts'

// 200 rows, 40% positive, spread through the table.
const target = Array.from({ length: 200 }, (_, row) => (row * 37) % 100 < 40)
const column = (cell: (row: number, converted: boolean) => Cell): Cell[] =>
  target.map((converted, row) => cell(row, converted))

describe('singleFeatureAuc', () => {
  it.each([
    { case: 'a numeric copy of the target', cells: column((_, t) => (t ? 1 : 0)), expected: 1 },
    { case: 'an inverted numeric copy', cells: column((_, t) => (t ? 0 : 1)), expected: 0 },
    { case: 'numeric text', cells: column((_, t) => (t ? ' 7.5' : '2')), expected: 1 },
    {
      case: 'a value present only when converted',
      cells: column((r, t) => (t ? r : null)),
      expected: 1,
    },
    { case: 'a constant number', cells: column(() => 3), expected: 0.5 },
    { case: 'a text copy of the target', cells: column((_, t) => (t ? 'yes' : 'no')), expected: 1 },
    { case: 'text present only when lost', cells: column((_, t) => (t ? null : 'x')), expected: 1 },
  ])('scores $case at AUC $expected', ({ cells, expected }) => {
    expect(singleFeatureAuc(cells, target)).toBeCloseTo(expected, 6)
  })

  it('learns level rates out of fold, so a unique id cannot predict itself', () => {
    const auc = singleFeatureAuc(
      column((row) => `lead-${row}`),
      target,
    )
    expect(Math.abs(auc - 0.5)).toBeLessThan(0.1)
  })

  it('finds no signal in a level that repeats regardless of outcome', () => {
    const auc = singleFeatureAuc(
      column((row) => ['north', 'south', 'east'][row % 3] ?? null),
      target,
    )
    expect(Math.abs(auc - 0.5)).toBeLessThan(0.15)
  })
})
