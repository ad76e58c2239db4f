import { AppError } from '../../shared/index.ts'
import { countPositives, requireScoredLabels } from './require-scored-labels.ts'

/**
 * Average precision: precision at each distinct score threshold (highest first) weighted by the
 * recall it adds; tied scores form one threshold. Throws request.invalid when no row is positive.
 */
export function prAuc(scores: readonly number[], labels: readonly boolean[]): number {
  requireScoredLabels(scores, labels, 'prAuc')
  const positives = countPositives(labels)
  if (positives === 0) {
    throw new AppError('request.invalid', 'prAuc: needs at least one positive', {
      details: { metric: 'prAuc', positives },
    })
  }
  const ranked = scores
    .map((score, row) => ({ score, positive: labels[row] === true }))
    .sort((a, b) => b.score - a.score)
  let truePositives = 0
  let seen = 0
  let previousRecall = 0
  let precisionSum = 0
  for (const [position, entry] of ranked.entries()) {
    seen += 1
    if (entry.positive) truePositives += 1
    if (ranked[position + 1]?.score === entry.score) continue
    const recall = truePositives / positives
    precisionSum += (recall - previousRecall) * (truePositives / seen)
    previousRecall = recall
  }
  return precisionSum
}
