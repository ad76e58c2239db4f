import { AppError } from '../../shared/index.ts'
import { countPositives, requireScoredLabels } from './require-scored-labels.ts'
import type { LiftRow } from './types.ts'

/**
 * Ranks rows by score (highest first, ties by row position) and cuts them into ten near-equal
 * deciles; lift is a decile's positive rate over the overall rate. Throws without positives.
 */
export function liftByDecile(scores: readonly number[], labels: readonly boolean[]): LiftRow[] {
  requireScoredLabels(scores, labels, 'liftByDecile')
  const totalPositives = countPositives(labels)
  if (totalPositives === 0) {
    throw new AppError('request.invalid', 'liftByDecile: needs at least one positive', {
      details: { metric: 'liftByDecile', positives: totalPositives },
    })
  }
  const rows = labels.length
  const baseRate = totalPositives / rows
  const ranked = scores
    .map((score, row) => ({ score, row }))
    .sort((a, b) => b.score - a.score || a.row - b.row)
  let captured = 0
  return Array.from({ length: 10 }, (_, index) => {
    const slice = ranked.slice(
      Math.floor((index * rows) / 10),
      Math.floor(((index + 1) * rows) / 10),
    )
    const positives = slice.filter((entry) => labels[entry.row] === true).length
    captured += positives
    const rate = slice.length === 0 ? null : positives / slice.length
    return {
      decile: index + 1,
      count: slice.length,
      positives,
      rate,
      lift: rate === null ? null : rate / baseRate,
      cumulativeGain: captured / totalPositives,
    }
  })
}
