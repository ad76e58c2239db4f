import { describe, expect, it } from 'vitest'
import { findBestSplit, type HistogramColumn } from './find-best-split.ts'
import type { NodeHistogram } from './node-histogram.ts'

// Bins as [gradient sum, row count], hessian 2.5 per 10 rows; a negative gradient means positives.
function histogram(bins: [number, number][]): NodeHistogram {
  return {
    gradient: Float64Array.from(bins, ([gradient]) => gradient),
    hessian: Float64Array.from(bins, ([, count]) => count / 4),
    count: Int32Array.from(bins, ([, count]) => count),
  }
}
const numeric: HistogramColumn = { index: 2, offset: 0, binCount: 4, categorical: false }
const rules = { lambda: 1, minLeafSize: 5 }

describe('findBestSplit', () => {
  it.each([
    { case: 'like the high bins', missing: -5, missingLeft: false },
    { case: 'like the low bins', missing: 5, missingLeft: true },
  ])('sends missing rows that behave $case to their side', ({ missing, missingLeft }) => {
    const node = histogram([
      [missing, 10],
      [5, 10],
      [5, 10],
      [-5, 10],
    ])
    expect(findBestSplit(node, numeric, rules)?.split).toEqual({
      kind: 'threshold',
      column: 2,
      bin: 2,
      missingLeft,
    })
  })

  it('can split missing against everything else', () => {
    const node = histogram([
      [-9, 10],
      [3, 10],
      [3, 10],
      [3, 10],
    ])
    expect(findBestSplit(node, numeric, rules)?.split).toEqual({
      kind: 'threshold',
      column: 2,
      bin: 0,
      missingLeft: true,
    })
  })

  it('groups categorical levels by their gradient, whatever their order', () => {
    const levels: HistogramColumn = { index: 0, offset: 0, binCount: 5, categorical: true }
    const node = histogram([
      [-5, 10],
      [5, 10],
      [-5, 10],
      [5, 10],
      [0, 0],
    ])
    expect(findBestSplit(node, levels, rules)?.split).toEqual({
      kind: 'levels',
      column: 0,
      left: [0, 2],
    })
  })

  it.each([
    { case: 'a child would be smaller than minLeafSize', minLeafSize: 25, bins: [5, -5] },
    { case: 'no split reduces the loss', minLeafSize: 5, bins: [0, 0] },
  ])('finds nothing when $case', ({ minLeafSize, bins }) => {
    const column: HistogramColumn = { index: 0, offset: 1, binCount: 3, categorical: false }
    const node = histogram([
      [99, 99],
      [0, 0],
      [bins[0] ?? 0, 20],
      [bins[1] ?? 0, 20],
    ])
    expect(findBestSplit(node, column, { lambda: 1, minLeafSize })).toBeUndefined()
  })
})
