import { AppError } from '../shared/index.ts'

// Diagonal jitter tried in turn, relative to the mean diagonal, when the matrix is numerically singular.
const jitters = [0, 1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-2]

/** Solves A x = b for a symmetric positive-definite `size`×`size` row-major A by Cholesky, adding diagonal jitter if needed. */
export function choleskySolve(matrix: Float64Array, rhs: Float64Array, size: number): Float64Array {
  let diagonal = 0
  for (let i = 0; i < size; i += 1) diagonal += Math.abs(matrix[i * size + i] ?? 0)
  const scale = size > 0 && diagonal > 0 ? diagonal / size : 1
  for (const jitter of jitters) {
    const factor = choleskyFactor(matrix, size, jitter * scale)
    if (factor !== undefined) return substitute(factor, rhs, size)
  }
  throw new AppError(
    'internal',
    'the normal equations could not be solved, even with diagonal jitter',
  )
}

// Lower-triangular L with L L' = A + jitter I, or undefined when a pivot is not positive.
function choleskyFactor(
  matrix: Float64Array,
  size: number,
  jitter: number,
): Float64Array | undefined {
  const lower = new Float64Array(size * size)
  for (let j = 0; j < size; j += 1) {
    const rowJ = j * size
    let pivot = (matrix[rowJ + j] ?? 0) + jitter
    for (let k = 0; k < j; k += 1) pivot -= (lower[rowJ + k] ?? 0) ** 2
    if (!(pivot > 0) || !Number.isFinite(pivot)) return undefined
    const root = Math.sqrt(pivot)
    lower[rowJ + j] = root
    for (let i = j + 1; i < size; i += 1) {
      const rowI = i * size
      let sum = matrix[rowI + j] ?? 0
      for (let k = 0; k < j; k += 1) sum -= (lower[rowI + k] ?? 0) * (lower[rowJ + k] ?? 0)
      lower[rowI + j] = sum / root
    }
  }
  return lower
}

// Forward then backward substitution: L y = b, L' x = y.
function substitute(lower: Float64Array, rhs: Float64Array, size: number): Float64Array {
  const y = new Float64Array(size)
  for (let i = 0; i < size; i += 1) {
    let sum = rhs[i] ?? 0
    for (let k = 0; k < i; k += 1) sum -= (lower[i * size + k] ?? 0) * (y[k] ?? 0)
    y[i] = sum / (lower[i * size + i] ?? 1)
  }
  const x = new Float64Array(size)
  for (let i = size - 1; i >= 0; i -= 1) {
    let sum = y[i] ?? 0
    for (let k = i + 1; k < size; k += 1) sum -= (lower[k * size + i] ?? 0) * (x[k] ?? 0)
    x[i] = sum / (lower[i * size + i] ?? 1)
  }
  return x
}
