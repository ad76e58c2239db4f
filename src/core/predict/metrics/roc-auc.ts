import { AppError } from '../../shared/index.ts'
import { averageRanks } from './average-ranks.ts'
import { countPositives, requireScoredLabels } from './require-scored-labels.ts'

/**
 * Area under the ROC curve: the chance that a random positive outscores a random negative, ties
 * counting half (Mann-Whitney with average ranks). Throws request.invalid when a class is absent.
 */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  requireScoredLabels(scores, labels, 'rocAuc')
  const positives = countPositives(labels)
  const negatives = labels.length - positives
  if (positives === 0 || negatives === 0) {
    throw new AppError('request.invalid', 'rocAuc: needs at least one positive and one negative', {
      details: { metric: 'rocAuc', positives, negatives },
    })
  }
  const positiveRankSum = averageRanks(scores).reduce(
    (sum, rank, row) => (labels[row] === true ? sum + rank : sum),
    0,
  )
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}
