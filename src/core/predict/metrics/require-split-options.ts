import { AppError } from '../../shared/index.ts'

/** Throws request.invalid unless the test share lies strictly between 0 and 1. */
export function requireTestShare(testShare: number): void {
  if (!Number.isFinite(testShare) || testShare <= 0 || testShare >= 1) {
    throw new AppError('request.invalid', 'testShare must be between 0 and 1 (exclusive)', {
      details: { testShare },
    })
  }
}

/** Throws request.invalid unless the seed is an integer (mulberry32 uses its low 32 bits). */
export function requireSeed(seed: number): void {
  if (!Number.isInteger(seed)) {
    throw new AppError('request.invalid', 'seed must be an integer', { details: { seed } })
  }
}

/** Throws request.invalid when either side of a split came out empty. */
export function requireBothSides(train: readonly number[], test: readonly number[]): void {
  if (train.length === 0 || test.length === 0) {
    throw new AppError('request.invalid', 'too few rows to split: one side would be empty', {
      details: { train: train.length, test: test.length },
    })
  }
}

/** Ascending copy of row positions. */
export function ascending(rows: readonly number[]): number[] {
  return [...rows].sort((a, b) => a - b)
}
