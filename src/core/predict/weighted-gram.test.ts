import { describe, expect, it } from 'vitest'
import { designTimes, transposeTimes } from './design-products.ts'
import { encodeLinear, type LinearDesign } from './encode-features.ts'
import type { FeatureEncoder } from './model-parameters.ts'
import { seededRandom } from './seeded-random.ts'
import { weightedGram } from './weighted-gram.ts'
import type { Cell } from './types.ts'

// A design over 5,000 rows (more than one row chunk) with two numbers, flags and two categories.
function randomDesign(): LinearDesign {
  const random = seededRandom(11)
  const rows: Cell[][] = Array.from({ length: 5000 }, () => [
    random() < 0.1 ? null : random() * 4,
    random() < 0.2 ? null : random() - 0.5,
    ['a', 'b', 'c'][Math.floor(random() * 3)] ?? 'a',
    random() < 0.5 ? 'x' : 'y',
  ])
  const encoder: FeatureEncoder = {
    columns: [
      { kind: 'standardized', column: 'u', mean: 2, sd: 1.2, missingIndicator: true },
      { kind: 'categorical', column: 'c', levels: ['a', 'b', 'c', '(other)'] },
      { kind: 'standardized', column: 'v', mean: 0, sd: 0.3, missingIndicator: true },
      { kind: 'categorical', column: 'd', levels: ['x', 'y', '(other)'] },
    ],
    dropped: [],
  }
  return encodeLinear(encoder, { columns: ['u', 'v', 'c', 'd'], rows })
}

// The dense matrix X with the intercept column first, built the slow and obvious way.
function denseRows(design: LinearDesign): number[][] {
  return Array.from({ length: design.rowCount }, (_, row) => {
    const x = new Array<number>(design.width + 1).fill(0)
    x[0] = 1
    for (const block of design.blocks) {
      if (block.kind === 'onehot') x[1 + block.offset + (block.codes[row] ?? 0)] = 1
      else {
        x[1 + block.offset] = block.values[row] ?? 0
        if (block.missingRows?.includes(row)) x[2 + block.offset] = 1
      }
    }
    return x
  })
}

describe('linear design products', () => {
  const design = randomDesign()
  const x = denseRows(design)
  const size = design.width + 1
  const random = seededRandom(5)
  const weights = Float64Array.from({ length: design.rowCount }, () => random())

  it("computes X'WX as the dense product would", () => {
    const gram = weightedGram(design, weights)
    for (let i = 0; i < size; i += 1) {
      for (let j = 0; j < size; j += 1) {
        const expected = x.reduce(
          (sum, row, r) => sum + (weights[r] ?? 0) * (row[i] ?? 0) * (row[j] ?? 0),
          0,
        )
        expect(gram[i * size + j]).toBeCloseTo(expected, 8)
      }
    }
  })

  it("computes X'v and X b as the dense products would", () => {
    const beta = Float64Array.from({ length: size }, (_, i) => Math.sin(i + 1))
    const product = transposeTimes(design, weights)
    const out = new Float64Array(design.rowCount)
    designTimes(design, beta, out)
    for (let i = 0; i < size; i += 1) {
      expect(product[i]).toBeCloseTo(
        x.reduce((sum, row, r) => sum + (weights[r] ?? 0) * (row[i] ?? 0), 0),
        8,
      )
    }
    x.forEach((row, r) => {
      expect(out[r]).toBeCloseTo(
        row.reduce((sum, value, i) => sum + value * (beta[i] ?? 0), 0),
        10,
      )
    })
  })
})
