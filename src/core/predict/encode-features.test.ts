import { describe, expect, it } from 'vitest'
import { encodeBinned, encodeLinear } from './encode-features.ts'
import type { FeatureEncoder } from './model-parameters.ts'

const encoder: FeatureEncoder = {
  columns: [
    {
      kind: 'categorical',
      column: 'Source',
      levels: ['google', 'reference', '(missing)', '(other)'],
    },
    { kind: 'standardized', column: 'Visits', mean: 2, sd: 2, missingIndicator: true },
  ],
  dropped: [],
}
const treeEncoder: FeatureEncoder = {
  columns: [
    { kind: 'categorical', column: 'Source', levels: ['google', 'reference', '(other)'] },
    { kind: 'binned', column: 'Visits', edges: [1, 5] },
  ],
  dropped: [],
}
const table = {
  columns: ['Visits', 'Source'],
  rows: [
    ['6', 'GOOGLE'],
    [null, 'Reference'],
    ['2', 'Bing'],
    ['', null],
  ],
}

describe('encodeLinear', () => {
  it('one-hots levels case-insensitively, sending unseen levels to "(other)"', () => {
    const block = encodeLinear(encoder, table).blocks[0]
    expect(block?.kind === 'onehot' && Array.from(block.codes)).toEqual([0, 1, 3, 2])
  })

  it('standardizes numbers, imputes the mean for missing ones and lists the missing rows', () => {
    const block = encodeLinear(encoder, table).blocks[1]
    expect(block).toEqual({
      kind: 'dense',
      offset: 4,
      values: Float64Array.of(2, 0, 0, 0),
      missingRows: Int32Array.of(1, 3),
    })
  })

  it('counts one input per level plus value and missing flag per number', () => {
    expect(encodeLinear(encoder, table).width).toBe(6)
  })

  it('reads a column the scoring table lacks as missing', () => {
    const design = encodeLinear(encoder, { columns: ['Visits'], rows: [['1'], ['3']] })
    const block = design.blocks[0]
    expect(block?.kind === 'onehot' && Array.from(block.codes)).toEqual([2, 2])
  })
})

describe('encodeBinned', () => {
  it('codes levels by position and numbers by bin, with bin 0 for missing numbers', () => {
    const design = encodeBinned(treeEncoder, table)
    expect(design.codes.map((codes) => Array.from(codes))).toEqual([
      [0, 1, 2, 2],
      [3, 0, 2, 0],
    ])
    expect(design.binCounts).toEqual([3, 4])
    expect(design.categorical).toEqual([true, false])
  })
})
