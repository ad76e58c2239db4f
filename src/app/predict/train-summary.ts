import type { TrainReport } from './train-predictor.ts'

/** What `baton model train --json` prints and the API answers about a training run. */
export function toTrainSummary(report: TrainReport) {
  return {
    algorithm: report.stored.model.algorithm,
    candidates: report.candidates,
    split: report.split,
    evaluation: report.stored.evaluation,
    excluded: report.stored.excluded,
    leaks: report.stored.leaks,
    features: report.stored.model.features,
    skipped: { blankTarget: report.blankTarget, malformed: report.malformed },
    ...(report.stored.outcomes === undefined ? {} : { outcomes: report.stored.outcomes }),
  }
}

export type TrainSummary = ReturnType<typeof toTrainSummary>
