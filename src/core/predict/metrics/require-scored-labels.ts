import { AppError } from '../../shared/index.ts'

/** Throws request.invalid unless scores and labels are non-empty, equally long and finite. */
export function requireScoredLabels(
  scores: readonly number[],
  labels: readonly boolean[],
  metric: string,
): void {
  if (scores.length !== labels.length) {
    throw new AppError('request.invalid', `${metric}: scores and labels differ in length`, {
      details: { metric, scores: scores.length, labels: labels.length },
    })
  }
  if (scores.length === 0) {
    throw new AppError('request.invalid', `${metric}: no rows to evaluate`, { details: { metric } })
  }
  const bad = scores.findIndex((score) => !Number.isFinite(score))
  if (bad !== -1) {
    throw new AppError('request.invalid', `${metric}: score at row ${bad} is not a finite number`, {
      details: { metric, row: bad },
    })
  }
}

/** Like requireScoredLabels, and every score must be a probability in [0, 1]. */
export function requireProbabilities(
  scores: readonly number[],
  labels: readonly boolean[],
  metric: string,
): void {
  requireScoredLabels(scores, labels, metric)
  const bad = scores.findIndex((score) => score < 0 || score > 1)
  if (bad !== -1) {
    throw new AppError('request.invalid', `${metric}: score at row ${bad} is not within [0, 1]`, {
      details: { metric, row: bad },
    })
  }
}

/** How many labels are true. */
export function countPositives(labels: readonly boolean[]): number {
  return labels.reduce((count, label) => (label ? count + 1 : count), 0)
}
