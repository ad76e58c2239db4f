import { AppError } from '../../shared/index.ts'
import { requireProbabilities } from './require-scored-labels.ts'
import type { CalibrationRow } from './types.ts'

/**
 * Splits [0, 1] into `bins` equal-width bins (the last one closed) and compares, per bin, the mean
 * predicted probability with the observed positive rate; every bin is listed, empty ones included.
 */
export function calibrationTable(
  probabilities: readonly number[],
  labels: readonly boolean[],
  bins = 10,
): CalibrationRow[] {
  requireProbabilities(probabilities, labels, 'calibrationTable')
  if (!Number.isInteger(bins) || bins < 1) {
    throw new AppError('request.invalid', 'calibrationTable: bins must be a positive integer', {
      details: { bins },
    })
  }
  const totals = Array.from({ length: bins }, () => ({ count: 0, predicted: 0, positives: 0 }))
  probabilities.forEach((probability, row) => {
    const total = totals[Math.min(bins - 1, Math.floor(probability * bins))]
    if (total === undefined) return
    total.count += 1
    total.predicted += probability
    if (labels[row] === true) total.positives += 1
  })
  return totals.map((total, index) => ({
    bin: index + 1,
    lower: index / bins,
    upper: (index + 1) / bins,
    count: total.count,
    meanPredicted: total.count === 0 ? null : total.predicted / total.count,
    observedRate: total.count === 0 ? null : total.positives / total.count,
  }))
}
