import { describe, expect, it } from 'vitest'
import { isAppError } from '../shared/index.ts'
import { errorOf } from '../../../test/error-of.ts'
import { readParameters } from './model-parameters.ts'
import { predictProbabilities } from './predict-probabilities.ts'
import { noisyLeads, pickRows, rankAuc, separableLeads } from '../../../test/predict-fixture.ts'
import { trainModel } from './train-model.ts'
import { algorithms, type Table, type TrainOptions } from './types.ts'

const fast = { rounds: 60, minLeafSize: 5 } as const

describe('trainModel', () => {
  it.each(algorithms)('%s separates a perfectly separable problem (AUC ~1)', (algorithm) => {
    const { table, target } = separableLeads(400, 1)
    const model = trainModel(table, target, { algorithm, seed: 1, ...fast })
    const test = separableLeads(200, 2)
    expect(rankAuc(predictProbabilities(model, test.table), test.target)).toBeGreaterThan(0.99)
  })

  it('keeps logistic coefficients finite on separable data thanks to the L2 penalty', () => {
    const { table, target } = separableLeads(400, 1)
    const parameters = readParameters(trainModel(table, target, { algorithm: 'logistic', seed: 1 }))
    expect(parameters.kind === 'logistic' && parameters.coefficients.every(Number.isFinite)).toBe(
      true,
    )
    expect(parameters.kind === 'logistic' && parameters.converged).toBe(true)
  })

  it('recovers the signs of known effects from noisy outcomes', () => {
    const { table, target } = noisyLeads(3000, 4)
    const parameters = readParameters(trainModel(table, target, { algorithm: 'logistic', seed: 1 }))
    if (parameters.kind !== 'logistic') throw new Error('expected a logistic model')
    const [visits, visitsMissing, bounce] = parameters.coefficients
    expect(visits).toBeGreaterThan(0.5)
    expect(bounce).toBeLessThan(-0.5)
    expect(Math.abs(visitsMissing ?? 0)).toBeLessThan(1)
  })

  it('fits a large table, warm-started from a sample of its rows, and still finds the effects', () => {
    const { table, target } = noisyLeads(120_000, 16)
    const parameters = readParameters(trainModel(table, target, { algorithm: 'logistic', seed: 1 }))
    if (parameters.kind !== 'logistic') throw new Error('expected a logistic model')
    const [visits, , bounce] = parameters.coefficients
    expect(parameters.converged).toBe(true)
    expect(visits).toBeGreaterThan(0.5)
    expect(bounce).toBeLessThan(-0.5)
  })

  it.each(algorithms)('%s ranks noisy leads better than chance on fresh rows', (algorithm) => {
    const { table, target } = noisyLeads(3000, 4)
    const model = trainModel(table, target, { algorithm, seed: 1, ...fast })
    const test = noisyLeads(1000, 5)
    expect(rankAuc(predictProbabilities(model, test.table), test.target)).toBeGreaterThan(0.8)
  })

  it.each(algorithms)('%s ignores an all-missing column without failing', (algorithm) => {
    const { table, target } = noisyLeads(300, 6)
    const withEmpty: Table = {
      columns: [...table.columns, 'Fax'],
      rows: table.rows.map((row) => [...row, null]),
    }
    const model = trainModel(withEmpty, target, { algorithm, seed: 1, ...fast })
    expect(model.features).toEqual(['Visits', 'Bounce', 'Lead Source'])
    expect(predictProbabilities(model, withEmpty).every((p) => p > 0 && p < 1)).toBe(true)
  })

  it('uses only the listed feature columns', () => {
    const { table, target } = noisyLeads(300, 6)
    const model = trainModel(table, target, {
      algorithm: 'logistic',
      seed: 1,
      features: ['Bounce'],
    })
    expect(model.features).toEqual(['Bounce'])
    expect(model).toMatchObject({ format: 'baton-model/1', trainedRows: 300 })
    expect(model.positiveRate).toBeCloseTo(target.filter(Boolean).length / 300, 12)
  })

  it.each(algorithms)(
    '%s is deterministic: the same seed gives byte-identical JSON',
    (algorithm) => {
      const { table, target } = noisyLeads(500, 8)
      const options: TrainOptions = { algorithm, seed: 99, ...fast }
      expect(JSON.stringify(trainModel(table, target, options))).toBe(
        JSON.stringify(trainModel(table, target, options)),
      )
    },
  )

  it('gives gbdt a different validation split, hence different trees, for a different seed', () => {
    const { table, target } = noisyLeads(500, 8)
    const first = trainModel(table, target, { algorithm: 'gbdt', seed: 1, ...fast })
    const second = trainModel(table, target, { algorithm: 'gbdt', seed: 2, ...fast })
    expect(JSON.stringify(first)).not.toBe(JSON.stringify(second))
  })

  it('scores a model read back from JSON exactly as the original', () => {
    const { table, target } = noisyLeads(300, 9)
    for (const algorithm of algorithms) {
      const model = trainModel(table, target, { algorithm, seed: 3, ...fast })
      const copy: unknown = JSON.parse(JSON.stringify(model))
      expect(predictProbabilities(copy as typeof model, table)).toEqual(
        predictProbabilities(model, table),
      )
    }
  })
})

describe('trainModel refuses what cannot teach anything', () => {
  const { table, target } = noisyLeads(50, 10)
  const constant: Table = { columns: ['Region'], rows: table.rows.map(() => ['EMEA']) }
  it.each([
    {
      case: 'rows and target of different lengths',
      run: () => trainModel(table, target.slice(1), { algorithm: 'logistic', seed: 1 }),
      message: 'the table has 50 rows but the target has 49 values',
    },
    {
      case: 'fewer than 10 rows',
      run: () =>
        trainModel(pickRows(table, [0, 1, 2]), [true, false, true], { algorithm: 'gbdt', seed: 1 }),
      message: 'only 3 rows: give at least 10',
    },
    {
      case: 'only positives',
      run: () =>
        trainModel(
          table,
          target.map(() => true),
          { algorithm: 'logistic', seed: 1 },
        ),
      message: 'the target has only positives: nothing to learn',
    },
    {
      case: 'only negatives',
      run: () =>
        trainModel(
          table,
          target.map(() => false),
          { algorithm: 'gbdt', seed: 1 },
        ),
      message: 'the target has only negatives: nothing to learn',
    },
    {
      case: 'a listed feature the table lacks',
      run: () =>
        trainModel(table, target, {
          algorithm: 'logistic',
          seed: 1,
          features: ['Visits', 'Budget'],
        }),
      message: 'feature column "Budget" not in the table',
    },
    {
      case: 'no usable feature',
      run: () => trainModel(constant, target, { algorithm: 'gbdt', seed: 1 }),
      message: 'no usable feature: every column is empty or constant (Region (constant))',
    },
    {
      case: 'an empty feature list',
      run: () => trainModel(table, target, { algorithm: 'logistic', seed: 1, features: [] }),
      message: 'no feature columns given: list at least one column',
    },
    {
      case: 'an unknown algorithm',
      run: () => trainModel(table, target, { algorithm: 'forest' as 'gbdt', seed: 1 }),
      message: 'unknown algorithm "forest"',
    },
    {
      case: 'a fractional seed',
      run: () => trainModel(table, target, { algorithm: 'gbdt', seed: 0.5 }),
      message: 'seed must be a whole number',
    },
    {
      case: 'a zero L2 penalty',
      run: () => trainModel(table, target, { algorithm: 'logistic', seed: 1, l2: 0 }),
      message: 'l2 must be a number from',
    },
    {
      case: 'a fractional depth',
      run: () => trainModel(table, target, { algorithm: 'gbdt', seed: 1, maxDepth: 2.5 }),
      message: 'maxDepth must be a whole number from 1 to 16, got 2.5',
    },
    {
      case: 'too large a validation share',
      run: () => trainModel(table, target, { algorithm: 'gbdt', seed: 1, validationShare: 0.9 }),
      message: 'validationShare must be a number from 0 to 0.5, got 0.9',
    },
  ])('with $case as request.invalid saying what to fix', ({ run, message }) => {
    const error = errorOf(run)
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
    expect(isAppError(error) && error.message).toContain(message)
  })
})
