import type { LinearDesign } from './encode-features.ts'

// Products of a linear design with vectors, column by column over typed arrays (cache-friendly and
// never materializing one-hot columns). Coefficient vectors carry the intercept at index 0, so
// design input i sits at index 1 + i.

/** X b for every row into `out`: the intercept b[0] plus each input times its coefficient. */
export function designTimes(design: LinearDesign, beta: Float64Array, out: Float64Array): void {
  out.fill(beta[0] ?? 0)
  const rows = design.rowCount
  for (const block of design.blocks) {
    if (block.kind === 'onehot') {
      for (let row = 0; row < rows; row += 1) {
        out[row] = (out[row] ?? 0) + (beta[1 + block.offset + (block.codes[row] ?? 0)] ?? 0)
      }
      continue
    }
    const coefficient = beta[1 + block.offset] ?? 0
    for (let row = 0; row < rows; row += 1) {
      out[row] = (out[row] ?? 0) + coefficient * (block.values[row] ?? 0)
    }
    const flag = beta[2 + block.offset] ?? 0
    for (const row of block.missingRows ?? []) out[row] = (out[row] ?? 0) + flag
  }
}

/** X' v: for each input (intercept first), the sum over rows of input value times v. */
export function transposeTimes(design: LinearDesign, vector: Float64Array): Float64Array {
  const result = new Float64Array(design.width + 1)
  let total = 0
  for (const value of vector) total += value
  result[0] = total
  for (const block of design.blocks) {
    if (block.kind === 'onehot') {
      for (let row = 0; row < vector.length; row += 1) {
        const index = 1 + block.offset + (block.codes[row] ?? 0)
        result[index] = (result[index] ?? 0) + (vector[row] ?? 0)
      }
      continue
    }
    result[1 + block.offset] = dot(block.values, vector)
    if (block.missingRows !== undefined) result[2 + block.offset] = sumAt(block.missingRows, vector)
  }
  return result
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0
  for (let row = 0; row < a.length; row += 1) sum += (a[row] ?? 0) * (b[row] ?? 0)
  return sum
}

function sumAt(rows: Int32Array, vector: Float64Array): number {
  let sum = 0
  for (const row of rows) sum += vector[row] ?? 0
  return sum
}
