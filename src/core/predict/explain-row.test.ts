import { describe, expect, it } from 'vitest'
import { explainLogOdds, explainRows } from './explain-row.ts'
import { predictProbabilities } from './predict-probabilities.ts'
import { noisyLeads } from '../../../test/predict-fixture.ts'
import { trainModel } from './train-model.ts'
import { algorithms } from './types.ts'

const { table, target } = noisyLeads(500, 15)
const models = algorithms.map((algorithm) =>
  trainModel(table, target, { algorithm, seed: 4, rounds: 50, minLeafSize: 5 }),
)
const logit = (p: number) => Math.log(p / (1 - p))

describe('explainLogOdds', () => {
  it.each(models)(
    '$algorithm: base plus every feature part is the logit of the probability',
    (model) => {
      const parts = explainLogOdds(model, table)
      const width = parts.features.length
      predictProbabilities(model, table).forEach((probability, row) => {
        let sum = parts.baseLogOdds
        for (let feature = 0; feature < width; feature += 1)
          sum += parts.values[row * width + feature] ?? 0
        expect(Math.abs(sum - logit(probability))).toBeLessThan(1e-9)
      })
    },
  )

  it('sums the one-hot parts of a logistic model back to their source column', () => {
    const logistic = models[0]
    if (logistic === undefined) throw new Error('expected a logistic model')
    expect(explainLogOdds(logistic, table).features).toEqual(['Visits', 'Bounce', 'Lead Source'])
  })
})

describe('explainRows', () => {
  it.each(models)('$algorithm gives each row its top features by |log-odds|', (model) => {
    const explanations = explainRows(model, table, 2)
    expect(explanations).toHaveLength(500)
    for (const contributions of explanations) {
      expect(contributions.length).toBeLessThanOrEqual(2)
      const sizes = contributions.map((c) => Math.abs(c.logOdds))
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
      expect(sizes.every((size) => size > 0)).toBe(true)
    }
  })

  it('shows each feature with the value the row holds, as written', () => {
    const logistic = models[0]
    if (logistic === undefined) throw new Error('expected a logistic model')
    const row = {
      columns: ['Visits', 'Bounce', 'Lead Source'],
      rows: [[null, '-2.5', ' Reference ']],
    }
    const [contributions] = explainRows(logistic, row, 3)
    const values = Object.fromEntries((contributions ?? []).map((c) => [c.feature, c.value]))
    expect(values).toEqual({ Visits: '(missing)', Bounce: '-2.5', 'Lead Source': 'Reference' })
  })

  it('raises the odds for a long visit and lowers them for a high bounce', () => {
    const logistic = models[0]
    if (logistic === undefined) throw new Error('expected a logistic model')
    const row = { columns: ['Visits', 'Bounce'], rows: [['3', '3']] }
    const byFeature = Object.fromEntries(
      (explainRows(logistic, row, 3)[0] ?? []).map((c) => [c.feature, c.logOdds]),
    )
    expect(byFeature.Visits).toBeGreaterThan(0)
    expect(byFeature.Bounce).toBeLessThan(0)
  })
})
