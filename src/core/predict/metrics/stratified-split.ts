import {
  ascending,
  requireBothSides,
  requireSeed,
  requireTestShare,
} from './require-split-options.ts'
import { mulberry32, seededShuffle } from './seeded-shuffle.ts'
import type { Split } from './types.ts'

/**
 * Holds out round(testShare x class size) shuffled rows of each class, so both sides keep the class
 * ratio; the same labels, share and seed always give the same split.
 */
export function stratifiedSplit(
  labels: readonly boolean[],
  testShare: number,
  seed: number,
): Split {
  requireTestShare(testShare)
  requireSeed(seed)
  const random = mulberry32(seed)
  const train: number[] = []
  const test: number[] = []
  for (const label of [false, true]) {
    const rows = labels.flatMap((value, row) => (value === label ? [row] : []))
    const shuffled = seededShuffle(rows, random)
    const testCount = Math.round(testShare * rows.length)
    test.push(...shuffled.slice(0, testCount))
    train.push(...shuffled.slice(testCount))
  }
  requireBothSides(train, test)
  return { train: ascending(train), test: ascending(test) }
}
