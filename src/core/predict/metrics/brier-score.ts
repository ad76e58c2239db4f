import { requireProbabilities } from './require-scored-labels.ts'

/** Mean squared gap between each probability and its outcome (1 or 0); 0 is perfect. */
export function brierScore(probabilities: readonly number[], labels: readonly boolean[]): number {
  requireProbabilities(probabilities, labels, 'brierScore')
  const total = probabilities.reduce((sum, probability, row) => {
    const gap = probability - (labels[row] === true ? 1 : 0)
    return sum + gap * gap
  }, 0)
  return total / probabilities.length
}
