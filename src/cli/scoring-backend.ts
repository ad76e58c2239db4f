import type { BackTest } from '../app/scoring/back-test-model.ts'
import type { ScoreExplanation } from '../app/scoring/explain-score.ts'
import type { RebuildOptions, Rebuilt } from '../app/scoring/rebuild-scores.ts'
import type { StoredScoreModel } from '../app/scoring/scoring-ports.ts'
import type { ScoreModel } from '../core/scoring/index.ts'

/** What the score-model and score commands ask of Baton, on the database or a running server. */
export interface ScoringBackend {
  addScoreModel(model: ScoreModel): Promise<StoredScoreModel>
  publishScoreModel(version: number): Promise<StoredScoreModel>
  listScoreModels(): Promise<readonly StoredScoreModel[]>
  getScoreModel(version: number): Promise<StoredScoreModel>
  explainScore(personId: string): Promise<ScoreExplanation>
  /** Progress is reported per chunk where the backend can (not over HTTP). */
  rebuildScores(options: RebuildOptions): Promise<Rebuilt | BackTest>
}
