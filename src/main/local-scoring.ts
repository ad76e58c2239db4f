import type { UseCaseContext } from '../app/context.ts'
import { explainScore } from '../app/scoring/explain-score.ts'
import { rebuildScores } from '../app/scoring/rebuild-scores.ts'
import {
  addScoreModel,
  getScoreModel,
  listScoreModels,
  publishScoreModel,
} from '../app/scoring/score-models.ts'
import type { ScoringBackend } from '../cli/scoring-backend.ts'
import { toId } from '../core/shared/index.ts'

/** The scoring commands run directly on an open database. */
export function localScoring(ctx: UseCaseContext): ScoringBackend {
  return {
    addScoreModel: (model) => addScoreModel(ctx, model),
    publishScoreModel: (version) => publishScoreModel(ctx, version),
    listScoreModels: () => listScoreModels(ctx),
    getScoreModel: (version) => getScoreModel(ctx, version),
    explainScore: (personId) => explainScore(ctx, toId(personId, 'personId')),
    rebuildScores: (options) => rebuildScores(ctx, options),
  }
}
