import { requireProbabilities } from './require-scored-labels.ts'

const epsilon = 1e-15

/** Mean negative log-likelihood in nats, probabilities clipped to [1e-15, 1 - 1e-15]. */
export function logLoss(probabilities: readonly number[], labels: readonly boolean[]): number {
  requireProbabilities(probabilities, labels, 'logLoss')
  const total = probabilities.reduce((sum, probability, row) => {
    const clipped = Math.min(1 - epsilon, Math.max(epsilon, probability))
    return sum - Math.log(labels[row] === true ? clipped : 1 - clipped)
  }, 0)
  return total / probabilities.length
}
