import { choleskySolve } from './cholesky-solve.ts'
import { designTimes, transposeTimes } from './design-products.ts'
import { encodeLinear, linearWidth, type LinearDesign } from './encode-features.ts'
import type { LogisticParameters } from './model-parameters.ts'
import { logit, sigmoid, softplus } from './sigmoid.ts'
import type { TrainingSet } from './training-set.ts'
import { weightedGram } from './weighted-gram.ts'

const maxIterations = 50
const tolerance = 1e-6
const maxHalvings = 30

type Problem = {
  readonly design: LinearDesign
  readonly labels: Float64Array
  readonly l2: number
  /** Per-row scratch (log-odds, then weights or residuals), allocated once for the whole fit. */
  readonly eta: Float64Array
  readonly scratch: Float64Array
}

// Tables past twice this size first fit every k-th row (about this many rows), then start the full
// fit there: the full data then needs a few Newton steps instead of several.
const warmStartRows = 50_000

/**
 * Fits L2-penalized logistic regression by IRLS (Newton steps solved by Cholesky, halved while the
 * penalized log-loss would rise); the intercept is not penalized. Stops when no coefficient moves by
 * 1e-6 or after 50 iterations.
 */
export function trainLogistic(training: TrainingSet, l2: number): LogisticParameters {
  const rowCount = training.target.length
  const start =
    rowCount > 2 * warmStartRows
      ? warmStart(training, l2)
      : baseRateStart(training.target, training.encoder)
  const fit = fitCoefficients(problemOf(training, l2), start)
  return {
    kind: 'logistic',
    encoder: training.encoder,
    intercept: fit.beta[0] ?? 0,
    coefficients: Array.from(fit.beta.subarray(1)),
    l2,
    iterations: fit.iterations,
    converged: fit.moved < tolerance,
  }
}

// The fit on evenly spaced rows, with the penalty scaled down to the sample's share of the data.
function warmStart(training: TrainingSet, l2: number): Float64Array {
  const stride = Math.floor(training.target.length / warmStartRows)
  const picked = Array.from({ length: warmStartRows }, (_, index) => index * stride)
  const sample: TrainingSet = {
    encoder: training.encoder,
    table: {
      columns: training.table.columns,
      rows: picked.map((row) => training.table.rows[row] ?? []),
    },
    target: picked.map((row) => training.target[row] === true),
  }
  return fitCoefficients(
    problemOf(sample, l2 / stride),
    baseRateStart(sample.target, sample.encoder),
  ).beta
}

// All coefficients zero but the intercept, which starts at the log-odds of the positive rate.
function baseRateStart(target: readonly boolean[], encoder: TrainingSet['encoder']): Float64Array {
  const start = new Float64Array(linearWidth(encoder) + 1)
  start[0] = logit(target.filter(Boolean).length / target.length)
  return start
}

function problemOf(training: TrainingSet, l2: number): Problem {
  const design = encodeLinear(training.encoder, training.table)
  return {
    design,
    labels: Float64Array.from(training.target, Number),
    l2,
    eta: new Float64Array(design.rowCount),
    scratch: new Float64Array(design.rowCount),
  }
}

function fitCoefficients(problem: Problem, start: Float64Array): Iterate & { iterations: number } {
  let state: Iterate = { beta: start, objective: penalizedLoss(problem, start), moved: Infinity }
  let iterations = 0
  while (iterations < maxIterations && state.moved >= tolerance) {
    iterations += 1
    state = newtonStep(problem, state)
  }
  return { ...state, iterations }
}

type Iterate = { readonly beta: Float64Array; readonly objective: number; readonly moved: number }

// One damped Newton step: the full step, halved while the penalized loss would rise; `moved` is
// the largest coefficient change taken.
function newtonStep(problem: Problem, state: Iterate): Iterate {
  const { beta, objective } = state
  const { hessian, gradient } = newtonSystem(problem, beta)
  const step = choleskySolve(hessian, gradient, beta.length)
  const slack = 1e-12 * Math.max(1, Math.abs(objective))
  let scale = 1
  for (let halving = 0; halving <= maxHalvings; halving += 1) {
    const candidate = shifted(beta, step, scale)
    const candidateObjective = penalizedLoss(problem, candidate)
    if (candidateObjective <= objective + slack || halving === maxHalvings) {
      return { beta: candidate, objective: candidateObjective, moved: scale * maxAbs(step) }
    }
    scale /= 2
  }
  return { ...state, moved: 0 }
}

// X'WX + l2 I' and X'(y - p) - l2 b', with the intercept at index 0 left unpenalized.
function newtonSystem(problem: Problem, beta: Float64Array) {
  const { design, labels, l2, eta, scratch } = problem
  const size = design.width + 1
  designTimes(design, beta, eta)
  for (let row = 0; row < design.rowCount; row += 1) {
    const probability = sigmoid(eta[row] ?? 0)
    eta[row] = probability
    scratch[row] = probability * (1 - probability)
  }
  const hessian = weightedGram(design, scratch)
  for (let row = 0; row < design.rowCount; row += 1)
    scratch[row] = (labels[row] ?? 0) - (eta[row] ?? 0)
  const gradient = transposeTimes(design, scratch)
  for (let i = 1; i < size; i += 1) {
    hessian[i * size + i] = (hessian[i * size + i] ?? 0) + l2
    gradient[i] = (gradient[i] ?? 0) - l2 * (beta[i] ?? 0)
  }
  return { hessian, gradient }
}

// Summed log-loss plus l2/2 times the squared coefficients (intercept excluded).
function penalizedLoss(problem: Problem, beta: Float64Array): number {
  const { design, labels, l2, eta } = problem
  designTimes(design, beta, eta)
  let loss = 0
  for (let row = 0; row < design.rowCount; row += 1) {
    const value = eta[row] ?? 0
    loss += softplus(value) - (labels[row] ?? 0) * value
  }
  let squares = 0
  for (let i = 1; i < beta.length; i += 1) squares += (beta[i] ?? 0) ** 2
  return loss + (l2 / 2) * squares
}

function shifted(beta: Float64Array, step: Float64Array, scale: number): Float64Array {
  return beta.map((value, i) => value + scale * (step[i] ?? 0))
}

function maxAbs(values: Float64Array): number {
  let max = 0
  for (const value of values) max = Math.max(max, Math.abs(value))
  return max
}
