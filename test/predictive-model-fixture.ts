// Test fixture (only tests import it): model files as `baton model train` writes them.
import type { StoredModel } from '../src/app/predict/stored-model.ts'
import { trainPredictor } from '../src/app/predict/train-predictor.ts'
import { noisyLeads } from './predict-fixture.ts'

/** A logistic model trained on `rows` synthetic leads from a CSV-shaped table. */
export function csvModel(rows: number): StoredModel {
  const { table, target } = noisyLeads(rows, 3)
  return trainPredictor({
    data: { target: 'won', positive: '1', table, labels: target, blankTarget: 0, malformed: 0 },
    exclude: [],
    allow: [],
    algorithm: 'logistic',
    seed: 1,
    now: new Date('2026-05-01T00:00:00Z'),
  }).stored
}

/** The same model file as if trained on Baton's closed-loop outcomes (so it may pass the gates). */
export const asOutcomes = (stored: StoredModel): StoredModel => ({
  ...stored,
  outcomes: {
    since: null,
    unresponsiveAfterDays: 90,
    reasons: { converted: 1, closed_won: 0, disqualified: 1, closed_lost: 0, unresponsive: 0 },
  },
})
