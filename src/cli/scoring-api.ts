import type { BackTest } from '../app/scoring/back-test-model.ts'
import type { ScoreExplanation } from '../app/scoring/explain-score.ts'
import type { Rebuilt } from '../app/scoring/rebuild-scores.ts'
import type { StoredScoreModel } from '../app/scoring/scoring-ports.ts'
import type { ScoringBackend } from './scoring-backend.ts'

type Wire = Record<string, unknown>
type Call = (method: string, path: string, body?: unknown) => Promise<Wire>

const dateOf = (value: unknown) => (typeof value === 'string' ? new Date(value) : null)

function toModel(wire: Wire): StoredScoreModel {
  return {
    ...wire,
    createdAt: dateOf(wire['createdAt']),
    publishedAt: dateOf(wire['publishedAt']),
  } as StoredScoreModel
}

function toExplanation(wire: Wire): ScoreExplanation {
  const contributions = (wire['contributions'] as Wire[]).map((c) =>
    c['occurredAt'] === undefined ? c : { ...c, occurredAt: dateOf(c['occurredAt']) },
  )
  const prediction = wire['prediction'] as Wire | undefined
  return {
    ...wire,
    scoredAt: dateOf(wire['scoredAt']),
    at: dateOf(wire['at']),
    contributions,
    ...(prediction === undefined
      ? {}
      : { prediction: { ...prediction, at: dateOf(prediction['at']) } }),
  } as unknown as ScoreExplanation
}

/** The scoring commands over a running server's API (`call` sends one request). */
export function scoringApi(call: Call): ScoringBackend {
  return {
    addScoreModel: async (model) =>
      toModel(await call('POST', '/v1/score-models', { document: model })),
    publishScoreModel: async (version) =>
      toModel(await call('POST', `/v1/score-models/${version}/publish`, {})),
    listScoreModels: async () =>
      ((await call('GET', '/v1/score-models'))['items'] as Wire[]).map(toModel),
    getScoreModel: async (version) => toModel(await call('GET', `/v1/score-models/${version}`)),
    explainScore: async (personId) =>
      toExplanation(await call('GET', `/v1/people/${encodeURIComponent(personId)}/score`)),
    async rebuildScores({ model, chunkSize }) {
      const body = {
        ...(model === undefined ? {} : { model }),
        ...(chunkSize ? { chunkSize } : {}),
      }
      return (await call('POST', '/v1/scores/rebuild', body)) as unknown as Rebuilt | BackTest
    },
  }
}
