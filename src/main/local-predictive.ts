import type { UseCaseContext } from '../app/context.ts'
import { lookalikeAccounts } from '../app/predict/lookalike-accounts.ts'
import {
  getPredictiveModel,
  listPredictiveModels,
  promotePredictiveModel,
  registerPredictiveModel,
  rollbackPredictiveModel,
} from '../app/predict/predictive-models.ts'
import { trainFromOutcomes } from '../app/predict/train-from-outcomes.ts'
import { toTrainSummary } from '../app/predict/train-summary.ts'
import type { PredictiveBackend } from '../cli/predictive-backend.ts'

/** The predictive model commands run directly on an open database. */
export function localPredictive(ctx: UseCaseContext): PredictiveBackend {
  return {
    async trainFromOutcomes(request) {
      const report = await trainFromOutcomes(ctx, request)
      return {
        summary: toTrainSummary(report),
        model: report.stored,
        leakWarning: report.leakWarning,
        open: report.open,
      }
    },
    registerModel: (model, name) => registerPredictiveModel(ctx, model, { name }),
    promoteModel: (version) => promotePredictiveModel(ctx, version),
    rollbackModel: () => rollbackPredictiveModel(ctx),
    listModels: () => listPredictiveModels(ctx),
    getModel: (version) => getPredictiveModel(ctx, version),
    lookalikes: (limit) => lookalikeAccounts(ctx, { limit }),
  }
}
