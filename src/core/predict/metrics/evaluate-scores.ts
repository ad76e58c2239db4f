import { brierScore } from './brier-score.ts'
import { calibrationTable } from './calibration-table.ts'
import { liftByDecile } from './lift-by-decile.ts'
import { logLoss } from './log-loss.ts'
import { prAuc } from './pr-auc.ts'
import { countPositives } from './require-scored-labels.ts'
import { rocAuc } from './roc-auc.ts'
import type { Evaluation } from './types.ts'

/**
 * Every measure of predicted probabilities against outcomes in one object; throws request.invalid
 * when a class is absent or a score is not a probability.
 */
export function evaluateScores(
  probabilities: readonly number[],
  labels: readonly boolean[],
): Evaluation {
  const auc = rocAuc(probabilities, labels)
  const positives = countPositives(labels)
  return {
    rows: labels.length,
    positives,
    baseRate: positives / labels.length,
    rocAuc: auc,
    prAuc: prAuc(probabilities, labels),
    logLoss: logLoss(probabilities, labels),
    brierScore: brierScore(probabilities, labels),
    calibration: calibrationTable(probabilities, labels),
    lift: liftByDecile(probabilities, labels),
  }
}
