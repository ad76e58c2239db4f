import { AppError } from '../../shared/index.ts'
import { ascending, requireSeed } from './require-split-options.ts'
import { mulberry32, seededShuffle } from './seeded-shuffle.ts'
import type { Split } from './types.ts'

/**
 * Deals each class's shuffled rows round-robin into k folds (fold sizes differ by at most one, and so
 * do their class counts); fold i is the test side of split i. Deterministic by seed.
 */
export function kFolds(labels: readonly boolean[], k: number, seed: number): Split[] {
  requireSeed(seed)
  if (!Number.isInteger(k) || k < 2 || k > labels.length) {
    throw new AppError('request.invalid', 'k must be an integer from 2 to the number of rows', {
      details: { k, rows: labels.length },
    })
  }
  const random = mulberry32(seed)
  const folds = Array.from({ length: k }, () => [] as number[])
  let next = 0
  for (const label of [false, true]) {
    const rows = labels.flatMap((value, row) => (value === label ? [row] : []))
    for (const row of seededShuffle(rows, random)) {
      folds[next % k]?.push(row)
      next += 1
    }
  }
  return folds.map((fold, index) => ({
    train: ascending(folds.flatMap((other, otherIndex) => (otherIndex === index ? [] : other))),
    test: ascending(fold),
  }))
}
