import { describe, expect, it } from 'vitest'
import { choleskySolve } from './cholesky-solve.ts'

describe('choleskySolve', () => {
  it('solves a symmetric positive-definite system', () => {
    const matrix = Float64Array.of(4, 2, 0.6, 2, 5, 1, 0.6, 1, 3)
    const expected = [1, -2, 0.5]
    const rhs = Float64Array.from([0, 1, 2], (i) =>
      expected.reduce((sum, x, j) => sum + (matrix[i * 3 + j] ?? 0) * x, 0),
    )
    const solution = Array.from(choleskySolve(matrix, rhs, 3))
    solution.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 12))
  })

  it('still returns finite values for a singular matrix by adding diagonal jitter', () => {
    const singular = Float64Array.of(1, 1, 1, 1)
    const solution = choleskySolve(singular, Float64Array.of(2, 2), 2)
    expect(Array.from(solution).every(Number.isFinite)).toBe(true)
    expect((solution[0] ?? 0) + (solution[1] ?? 0)).toBeCloseTo(2, 3)
  })
})
