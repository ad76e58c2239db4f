import { authorize } from '../access/authorize.ts'
import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { loadOutcomeTable } from './outcome-table.ts'
import type { TrainingOutcomes } from './stored-model.ts'
import { trainPredictor, type AlgorithmChoice, type TrainReport } from './train-predictor.ts'

export type OutcomeTrainRequest = {
  readonly since: Date | null
  readonly algorithm: AlgorithmChoice
  readonly seed: number
  readonly exclude: readonly string[]
  readonly allow: readonly string[]
}

/** A trained model plus the outcomes it came from and the people still open. */
export type OutcomeTrainReport = TrainReport & {
  readonly outcomes: TrainingOutcomes
  readonly open: number
}

/**
 * Trains on Baton's closed-loop outcomes (see loadOutcomeTable) with the same split, leakage guard
 * and evaluation as a CSV; request.invalid says what is missing when there are no outcomes yet.
 */
export async function trainFromOutcomes(
  ctx: UseCaseContext,
  request: OutcomeTrainRequest,
): Promise<OutcomeTrainReport> {
  // Training reads every lead's history; it is part of managing the models.
  authorize(ctx, 'score_models.manage')
  const loaded = await loadOutcomeTable(ctx, { since: request.since })
  const positives = loaded.data.labels.filter(Boolean).length
  const negatives = loaded.data.labels.length - positives
  if (positives === 0 || negatives === 0) {
    throw new AppError(
      'request.invalid',
      `Baton's history has ${positives} positive and ${negatives} negative outcomes${request.since === null ? '' : ` since ${request.since.toISOString().slice(0, 10)}`} (${loaded.open} leads still open): a model needs both — import closed deals or stage history, or move --since earlier`,
      { details: { positives, negatives, open: loaded.open, reasons: loaded.reasons } },
    )
  }
  const report = trainPredictor({
    data: loaded.data,
    exclude: request.exclude,
    allow: request.allow,
    algorithm: request.algorithm,
    seed: request.seed,
    now: ctx.clock.now(),
  })
  const outcomes: TrainingOutcomes = {
    since: request.since?.toISOString() ?? null,
    unresponsiveAfterDays: loaded.policy.unresponsiveAfterDays,
    reasons: loaded.reasons,
  }
  return { ...report, stored: { ...report.stored, outcomes }, outcomes, open: loaded.open }
}
