import type { TreeNode } from './decision-tree.ts'
import { encodeBinned } from './encode-features.ts'
import { growTree, type TreeRules } from './grow-tree.ts'
import type { GbdtParameters } from './model-parameters.ts'
import { rowRouter } from './route-rows.ts'
import { addTreeValues } from './score-gbdt.ts'
import { logit, logLossAt, sigmoid } from './sigmoid.ts'
import { splitValidation } from './split-validation.ts'
import type { TrainingSet } from './training-set.ts'

export type GbdtSettings = TreeRules & {
  readonly rounds: number
  readonly earlyStoppingRounds: number
  readonly validationShare: number
  readonly seed: number
}

/**
 * Fits gradient-boosted trees for binary log-loss from the log-odds of the positive rate; each round
 * adds one histogram tree on the current gradients. With a validation share, stops once validation
 * log-loss has not improved for `earlyStoppingRounds` rounds and keeps the trees of the best round.
 */
export function trainGbdt(trainingSet: TrainingSet, settings: GbdtSettings): GbdtParameters {
  const { encoder, table, target } = trainingSet
  const design = encodeBinned(encoder, table)
  const { training, validation } = splitValidation(target, settings.validationShare, settings.seed)
  const baseLogOdds = logit(training.filter((row) => target[row]).length / training.length)
  const boost = {
    logOdds: new Float64Array(design.rowCount).fill(baseLogOdds),
    gradients: new Float64Array(design.rowCount),
    hessians: new Float64Array(design.rowCount),
  }
  const order = Int32Array.from(training)
  const validationLoss = () => meanLogLoss(validation, boost.logOdds, target)
  const trees: TreeNode[] = []
  const router = rowRouter(design)
  let best = { round: 0, loss: validation.length > 0 ? validationLoss() : Infinity }
  for (let round = 1; round <= settings.rounds; round += 1) {
    setGradients(boost, training, target)
    order.set(training)
    const { gradients, hessians } = boost
    const rows = { order, start: 0, end: order.length, gradients, hessians }
    const tree = growTree(design, rows, settings)
    trees.push(tree)
    addTreeValues(router, tree, boost.logOdds)
    if (validation.length === 0) continue
    const loss = validationLoss()
    if (loss < best.loss) best = { round, loss }
    else if (round - best.round >= settings.earlyStoppingRounds) break
  }
  const withValidation = validation.length > 0
  return {
    kind: 'gbdt',
    encoder,
    baseLogOdds,
    trees: withValidation ? trees.slice(0, best.round) : trees,
    roundsTried: trees.length,
    validationLogLoss: withValidation ? best.loss : null,
  }
}

type Boost = {
  readonly logOdds: Float64Array
  readonly gradients: Float64Array
  readonly hessians: Float64Array
}

// Log-loss gradient p - y and hessian p(1 - p) of each training row at its current log-odds.
function setGradients(boost: Boost, rows: readonly number[], target: readonly boolean[]): void {
  for (const row of rows) {
    const probability = sigmoid(boost.logOdds[row] ?? 0)
    boost.gradients[row] = probability - (target[row] === true ? 1 : 0)
    boost.hessians[row] = Math.max(probability * (1 - probability), 1e-16)
  }
}

function meanLogLoss(
  rows: readonly number[],
  logOdds: Float64Array,
  target: readonly boolean[],
): number {
  let sum = 0
  for (const row of rows) sum += logLossAt(logOdds[row] ?? 0, target[row] === true)
  return sum / rows.length
}
