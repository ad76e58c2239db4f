import type { LookalikeReport } from '../app/predict/lookalike-accounts.ts'
import type { StoredScoreModel } from '../app/scoring/scoring-ports.ts'
import type { OutcomeTraining, PredictiveBackend } from './predictive-backend.ts'

type Wire = Record<string, unknown>
type Call = (method: string, path: string, body?: unknown) => Promise<Wire>

const dateOf = (value: unknown) => (typeof value === 'string' ? new Date(value) : null)

function toModel(wire: Wire): StoredScoreModel {
  return {
    ...wire,
    createdAt: dateOf(wire['createdAt']),
    publishedAt: dateOf(wire['publishedAt']),
    trainedAt: dateOf(wire['trainedAt']),
  } as StoredScoreModel
}

const path = '/v1/predictive-models'

/** The predictive model commands over a running server's API (`call` sends one request). */
export function predictiveApi(call: Call): PredictiveBackend {
  return {
    async trainFromOutcomes({ since, ...request }) {
      const body = { ...request, ...(since === null ? {} : { since: since.toISOString() }) }
      return (await call('POST', `${path}/train`, body)) as unknown as OutcomeTraining
    },
    registerModel: async (model, name) =>
      toModel(await call('POST', path, { model, ...(name === undefined ? {} : { name }) })),
    promoteModel: async (version) => toModel(await call('POST', `${path}/${version}/promote`, {})),
    rollbackModel: async () => toModel(await call('POST', `${path}/rollback`, {})),
    listModels: async () => ((await call('GET', path))['items'] as Wire[]).map(toModel),
    getModel: async (version) => toModel(await call('GET', `${path}/${version}`)),
    lookalikes: async (limit) =>
      (await call('GET', `/v1/lookalikes?limit=${limit}`)) as unknown as LookalikeReport,
  }
}
