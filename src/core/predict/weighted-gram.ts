import { transposeTimes } from './design-products.ts'
import type { LinearDesign } from './encode-features.ts'

type Input =
  | { readonly kind: 'dense'; readonly index: number; readonly values: Float64Array }
  | { readonly kind: 'flag'; readonly index: number; readonly rows: Int32Array }
  | { readonly kind: 'onehot'; readonly base: number; readonly codes: Uint16Array }

type Pass = {
  readonly cells: Float64Array
  readonly size: number
  readonly weights: Float64Array
  readonly start: number
  readonly end: number
}

// Rows per chunk: every column's slice of a chunk stays in cache while all column pairs visit it.
const chunkRows = 2048

/**
 * X'WX for a linear design with an intercept at index 0 (design input i at 1 + i), as a full
 * symmetric row-major matrix. Works column pair by column pair over typed arrays in row chunks:
 * one-hot columns are never materialized and missing flags visit only their missing rows.
 */
export function weightedGram(design: LinearDesign, weights: Float64Array): Float64Array {
  const size = design.width + 1
  const cells = new Float64Array(size * size)
  // The intercept's row is X'w; the passes below pair every design column with every other.
  cells.set(transposeTimes(design, weights))
  const inputs = inputsOf(design)
  for (let start = 0; start < design.rowCount; start += chunkRows) {
    const pass = { cells, size, weights, start, end: Math.min(design.rowCount, start + chunkRows) }
    for (let i = 0; i < inputs.length; i += 1) {
      for (let j = i; j < inputs.length; j += 1) accumulate(pass, inputs[i], inputs[j])
    }
  }
  const flagPass = { cells, size, weights, start: 0, end: design.rowCount }
  for (const a of inputs) {
    if (a.kind !== 'flag') continue
    for (const b of inputs) if (b.kind === 'flag') addFlagPair(flagPass, a, b)
  }
  // Each pair of distinct inputs was summed into one triangle or the other: fold them together.
  for (let i = 0; i < size; i += 1) {
    for (let j = i + 1; j < size; j += 1) {
      const value = (cells[i * size + j] ?? 0) + (cells[j * size + i] ?? 0)
      cells[i * size + j] = value
      cells[j * size + i] = value
    }
  }
  return cells
}

function inputsOf(design: LinearDesign): Input[] {
  return design.blocks.flatMap((block): Input[] => {
    if (block.kind === 'onehot')
      return [{ kind: 'onehot', base: 1 + block.offset, codes: block.codes }]
    const dense: Input = { kind: 'dense', index: 1 + block.offset, values: block.values }
    const rows = block.missingRows
    return rows === undefined ? [dense] : [dense, { kind: 'flag', index: 2 + block.offset, rows }]
  })
}

// Flags pair with dense and one-hot inputs once, over all rows, at the first chunk.
function accumulate(pass: Pass, a: Input | undefined, b: Input | undefined): void {
  if (a === undefined || b === undefined) return
  if (a.kind === 'flag' || b.kind === 'flag') {
    const flag = a.kind === 'flag' ? a : b.kind === 'flag' ? b : undefined
    const other = a.kind === 'flag' ? b : a
    if (pass.start === 0 && flag !== undefined && other.kind !== 'flag') addFlag(pass, flag, other)
    return
  }
  if (a.kind === 'dense' && b.kind === 'dense') {
    const { cells, size } = pass
    const cell = a.index * size + b.index
    cells[cell] = (cells[cell] ?? 0) + denseDense(pass, a.values, b.values)
  } else if (a.kind === 'onehot' && b.kind === 'onehot') {
    oneHotPair(pass, a, b)
  } else if (a.kind === 'dense' && b.kind === 'onehot') {
    denseOneHot(pass, a, b)
  } else if (a.kind === 'onehot' && b.kind === 'dense') {
    denseOneHot(pass, b, a)
  }
}

function denseDense(pass: Pass, x: Float64Array, y: Float64Array): number {
  const { weights, end } = pass
  let sum = 0
  for (let row = pass.start; row < end; row += 1) {
    sum += (weights[row] ?? 0) * (x[row] ?? 0) * (y[row] ?? 0)
  }
  return sum
}

function denseOneHot(
  pass: Pass,
  dense: Input & { kind: 'dense' },
  oneHot: Input & { kind: 'onehot' },
): void {
  const { cells, weights, end } = pass
  const start = dense.index * pass.size + oneHot.base
  const { values: x } = dense
  const { codes } = oneHot
  for (let row = pass.start; row < end; row += 1) {
    const cell = start + (codes[row] ?? 0)
    cells[cell] = (cells[cell] ?? 0) + (weights[row] ?? 0) * (x[row] ?? 0)
  }
}

function oneHotPair(
  pass: Pass,
  a: Input & { kind: 'onehot' },
  b: Input & { kind: 'onehot' },
): void {
  const { cells, size, weights, end } = pass
  const same = a === b
  for (let row = pass.start; row < end; row += 1) {
    const i = a.base + (a.codes[row] ?? 0)
    const cell = i * size + (same ? i : b.base + (b.codes[row] ?? 0))
    cells[cell] = (cells[cell] ?? 0) + (weights[row] ?? 0)
  }
}

function addFlag(pass: Pass, flag: Input & { kind: 'flag' }, other: Input): void {
  const { cells, size, weights } = pass
  const rows = flag.rows
  if (other.kind === 'dense') {
    let sum = 0
    for (let k = 0; k < rows.length; k += 1) {
      const row = rows[k] ?? 0
      sum += (weights[row] ?? 0) * (other.values[row] ?? 0)
    }
    const cell = flag.index * size + other.index
    cells[cell] = (cells[cell] ?? 0) + sum
  } else if (other.kind === 'onehot') {
    const start = flag.index * size + other.base
    for (let k = 0; k < rows.length; k += 1) {
      const row = rows[k] ?? 0
      const cell = start + (other.codes[row] ?? 0)
      cells[cell] = (cells[cell] ?? 0) + (weights[row] ?? 0)
    }
  }
}

// Two missing flags: the summed weight of rows missing in both (each unordered pair once).
function addFlagPair(pass: Pass, a: Input & { kind: 'flag' }, b: Input & { kind: 'flag' }): void {
  if (a.index > b.index) return
  const { cells, size, weights } = pass
  let sum = 0
  let i = 0
  let j = 0
  while (i < a.rows.length && j < b.rows.length) {
    const x = a.rows[i] ?? 0
    const y = b.rows[j] ?? 0
    if (x === y) sum += weights[x] ?? 0
    if (x <= y) i += 1
    if (y <= x) j += 1
  }
  cells[a.index * size + b.index] = (cells[a.index * size + b.index] ?? 0) + sum
}
