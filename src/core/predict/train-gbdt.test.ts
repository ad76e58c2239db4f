import { describe, expect, it } from 'vitest'
import { fitEncoder } from './fit-encoder.ts'
import type { GbdtParameters } from './model-parameters.ts'
import { noisyLeads, pickRows } from '../../../test/predict-fixture.ts'
import { gbdtLogOdds } from './score-gbdt.ts'
import { logLossAt } from './sigmoid.ts'
import { splitValidation } from './split-validation.ts'
import { trainGbdt, type GbdtSettings } from './train-gbdt.ts'

const settings: GbdtSettings = {
  rounds: 300,
  learningRate: 0.5,
  maxDepth: 4,
  minLeafSize: 5,
  lambda: 1,
  earlyStoppingRounds: 8,
  validationShare: 0.3,
  seed: 21,
}
const { table, target } = noisyLeads(600, 12)
const encoder = fitEncoder(table, table.columns, { mode: 'binned', bins: 64 })
const training = { encoder, table, target }

function validationLoss(parameters: GbdtParameters, treeCount: number): number {
  const { validation } = splitValidation(target, settings.validationShare, settings.seed)
  const truncated = { ...parameters, trees: parameters.trees.slice(0, treeCount) }
  const logOdds = gbdtLogOdds(truncated, pickRows(table, validation))
  const losses = validation.map((row, index) =>
    logLossAt(logOdds[index] ?? 0, target[row] === true),
  )
  return losses.reduce((sum, loss) => sum + loss, 0) / losses.length
}

describe('trainGbdt', () => {
  it('stops once validation log-loss has not improved for earlyStoppingRounds rounds', () => {
    const parameters = trainGbdt(training, settings)
    expect(parameters.roundsTried).toBeLessThan(settings.rounds)
    expect(parameters.roundsTried - parameters.trees.length).toBe(settings.earlyStoppingRounds)
  })

  it('keeps the trees of the best validation round', () => {
    const parameters = trainGbdt(training, settings)
    const best = parameters.trees.length
    expect(parameters.validationLogLoss).toBeCloseTo(validationLoss(parameters, best), 12)
    for (let count = 0; count < best; count += 1) {
      expect(validationLoss(parameters, count)).toBeGreaterThan(validationLoss(parameters, best))
    }
  })

  it('trains every round without a validation share', () => {
    const parameters = trainGbdt(training, {
      ...settings,
      rounds: 12,
      validationShare: 0,
    })
    expect(parameters.trees).toHaveLength(12)
    expect(parameters.validationLogLoss).toBeNull()
  })

  it('starts from the log-odds of the positive rate of the training rows', () => {
    const parameters = trainGbdt(training, {
      ...settings,
      rounds: 1,
      validationShare: 0,
    })
    const rate = target.filter(Boolean).length / target.length
    expect(parameters.baseLogOdds).toBeCloseTo(Math.log(rate / (1 - rate)), 12)
  })

  it('respects maxDepth and minLeafSize', () => {
    const parameters = trainGbdt(training, {
      ...settings,
      maxDepth: 2,
      minLeafSize: 100,
    })
    const depth = (node: GbdtParameters['trees'][number]): number =>
      node.kind === 'leaf' ? 0 : 1 + Math.max(depth(node.left), depth(node.right))
    expect(Math.max(...parameters.trees.map(depth))).toBeLessThanOrEqual(2)
  })
})

describe('splitValidation', () => {
  it('holds out the same share of positives and of negatives, chosen by the seed', () => {
    const labels = Array.from({ length: 100 }, (_, row) => row < 40)
    const { training, validation } = splitValidation(labels, 0.25, 5)
    expect(validation.filter((row) => labels[row])).toHaveLength(10)
    expect(validation.filter((row) => !labels[row])).toHaveLength(15)
    expect([...training, ...validation].sort((a, b) => a - b)).toEqual(labels.map((_, row) => row))
    expect(splitValidation(labels, 0.25, 5)).toEqual({ training, validation })
    expect(splitValidation(labels, 0.25, 6).validation).not.toEqual(validation)
  })
})
