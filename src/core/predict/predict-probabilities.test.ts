import { describe, expect, it } from 'vitest'
import { isAppError } from '../shared/index.ts'
import { errorOf } from '../../../test/error-of.ts'
import { predictProbabilities } from './predict-probabilities.ts'
import { noisyLeads } from '../../../test/predict-fixture.ts'
import { trainModel } from './train-model.ts'
import { algorithms, type TrainedModel } from './types.ts'

const { table, target } = noisyLeads(400, 14)
const models = algorithms.map((algorithm) =>
  trainModel(table, target, { algorithm, seed: 2, rounds: 40, minLeafSize: 5 }),
)

describe('predictProbabilities', () => {
  it.each(models)(
    'gives $algorithm probabilities strictly between 0 and 1, one per row',
    (model) => {
      const probabilities = predictProbabilities(model, table)
      expect(probabilities).toHaveLength(400)
      expect(probabilities.every((p) => p > 0 && p < 1)).toBe(true)
    },
  )

  it.each(models)('$algorithm scores a level first seen at scoring time as "(other)"', (model) => {
    const scoring = { columns: ['Lead Source', 'Visits', 'Bounce'], rows: [['Partner', '1', '0']] }
    const pooled = { columns: ['Lead Source', 'Visits', 'Bounce'], rows: [['(other)', '1', '0']] }
    const [unseen] = predictProbabilities(model, scoring)
    expect(unseen).toBeGreaterThan(0)
    expect(unseen).toBe(predictProbabilities(model, pooled)[0])
  })

  it.each(models)(
    '$algorithm matches columns by name and reads an absent one as missing',
    (model) => {
      const reordered = { columns: ['Bounce', 'Visits'], rows: [['0.5', '1']] }
      const explicit = { columns: ['Visits', 'Bounce', 'Lead Source'], rows: [['1', '0.5', null]] }
      expect(predictProbabilities(model, reordered)).toEqual(predictProbabilities(model, explicit))
    },
  )

  it.each([
    { case: 'an unknown format', model: { format: 'other/2' } },
    { case: 'no parameters', model: { format: 'baton-model/1', algorithm: 'logistic' } },
    {
      case: 'parameters of another algorithm',
      model: { format: 'baton-model/1', algorithm: 'gbdt', parameters: { kind: 'logistic' } },
    },
  ])('refuses a model with $case as request.invalid', ({ model }) => {
    const error = errorOf(() => predictProbabilities(model as unknown as TrainedModel, table))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
  })
})
