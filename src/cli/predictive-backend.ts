import type { LookalikeReport } from '../app/predict/lookalike-accounts.ts'
import type { StoredModel } from '../app/predict/stored-model.ts'
import type { OutcomeTrainRequest } from '../app/predict/train-from-outcomes.ts'
import type { TrainSummary } from '../app/predict/train-summary.ts'
import type { StoredScoreModel } from '../app/scoring/scoring-ports.ts'

/** A model trained on Baton's outcomes: the summary, the model file and the leakage warning. */
export type OutcomeTraining = {
  readonly summary: TrainSummary
  readonly model: StoredModel
  readonly leakWarning: string
  readonly open: number
}

/** What `baton model` asks of Baton's registry, on the database or a running server. */
export interface PredictiveBackend {
  trainFromOutcomes(request: OutcomeTrainRequest): Promise<OutcomeTraining>
  registerModel(model: StoredModel, name?: string): Promise<StoredScoreModel>
  promoteModel(version: number): Promise<StoredScoreModel>
  rollbackModel(): Promise<StoredScoreModel>
  listModels(): Promise<readonly StoredScoreModel[]>
  getModel(version: number): Promise<StoredScoreModel>
  lookalikes(limit: number): Promise<LookalikeReport>
}
