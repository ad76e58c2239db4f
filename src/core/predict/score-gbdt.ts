import type { TreeNode } from './decision-tree.ts'
import { encodeBinned } from './encode-features.ts'
import type { LogOddsParts } from './log-odds-parts.ts'
import type { GbdtParameters } from './model-parameters.ts'
import { routeRows, rowRouter, type RowRouter } from './route-rows.ts'
import type { Table } from './types.ts'

/** Each row's log-odds under boosted trees: the base log-odds plus every tree's leaf value. */
export function gbdtLogOdds(parameters: GbdtParameters, table: Table): Float64Array {
  const design = encodeBinned(parameters.encoder, table)
  const logOdds = new Float64Array(design.rowCount).fill(parameters.baseLogOdds)
  const router = rowRouter(design)
  for (const tree of parameters.trees) addTreeValues(router, tree, logOdds)
  return logOdds
}

/** Adds a tree's leaf value to the log-odds of every row that reaches that leaf. */
export function addTreeValues(router: RowRouter, tree: TreeNode, logOdds: Float64Array): void {
  routeRows(router, tree, (node, _parent, reached) => {
    if (node.kind !== 'leaf') return
    for (let index = 0; index < reached.length; index += 1) {
      const row = reached[index] ?? 0
      logOdds[row] = (logOdds[row] ?? 0) + node.value
    }
  })
}

/**
 * Path attributions (Saabas): along each tree's decision path, the change in node value at every
 * split goes to the split's source column; the base is the base log-odds plus every root value.
 */
export function gbdtParts(parameters: GbdtParameters, table: Table): LogOddsParts {
  const design = encodeBinned(parameters.encoder, table)
  const width = design.codes.length
  const values = new Float64Array(design.rowCount * width)
  let baseLogOdds = parameters.baseLogOdds
  const router = rowRouter(design)
  for (const tree of parameters.trees) {
    baseLogOdds += tree.value
    routeRows(router, tree, (node, parent, reached) => {
      if (parent?.kind !== 'split') return
      const change = node.value - parent.value
      for (let index = 0; index < reached.length; index += 1) {
        const cell = (reached[index] ?? 0) * width + parent.split.column
        values[cell] = (values[cell] ?? 0) + change
      }
    })
  }
  return {
    baseLogOdds,
    features: parameters.encoder.columns.map((column) => column.column),
    values,
  }
}
