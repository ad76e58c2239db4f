import type { TreeNode } from './decision-tree.ts'
import type { BinnedDesign } from './encode-features.ts'
import { findBestSplit, type SplitCandidate, type SplitRules } from './find-best-split.ts'
import {
  buildHistogram,
  histogramLayout,
  subtractHistogram,
  type HistogramLayout,
  type NodeHistogram,
  type NodeRows,
} from './node-histogram.ts'
import { partitionRows } from './route-rows.ts'

export type TreeRules = SplitRules & { readonly maxDepth: number; readonly learningRate: number }

type Growth = {
  readonly design: BinnedDesign
  readonly layout: HistogramLayout
  readonly rules: TreeRules
  readonly scratch: Int32Array
}

/**
 * Grows one regression tree on the gradients of `rows`, depth first, splitting each node on the
 * histogram split with the best gain until maxDepth, minLeafSize or no gain stops it. Node values
 * are the shrunken Newton steps -learningRate * G / (H + lambda). Reorders `rows.order` in place.
 */
export function growTree(design: BinnedDesign, rows: NodeRows, rules: TreeRules): TreeNode {
  const layout = histogramLayout(design.codes, design.binCounts)
  const growth = { design, layout, rules, scratch: new Int32Array(rows.order.length) }
  return growNode(growth, { rows, histogram: buildHistogram(layout, rows), depth: 0 })
}

// A node being grown: its rows, their histogram, and how deep it sits.
type Growing = {
  readonly rows: NodeRows
  readonly histogram: NodeHistogram
  readonly depth: number
}

function growNode(growth: Growth, node: Growing): TreeNode {
  const { rules } = growth
  const { rows, histogram, depth } = node
  // Every row falls in exactly one bin of the first column, so its bins hold the node's totals.
  let gradient = 0
  let hessian = 0
  for (let bin = 0; bin < (growth.design.binCounts[0] ?? 0); bin += 1) {
    gradient += histogram.gradient[bin] ?? 0
    hessian += histogram.hessian[bin] ?? 0
  }
  const value = (-rules.learningRate * gradient) / (hessian + rules.lambda)
  const count = rows.end - rows.start
  if (depth >= rules.maxDepth || count < 2 * rules.minLeafSize) return { kind: 'leaf', value }
  const best = bestSplitOf(growth, histogram)
  if (best === undefined) return { kind: 'leaf', value }
  const range = { order: rows.order, start: rows.start, end: rows.end, scratch: growth.scratch }
  const middle = partitionRows(range, growth.design, best.split)
  const left = nodeRows(rows, rows.start, middle)
  const right = nodeRows(rows, middle, rows.end)
  // Histogram subtraction: scan only the smaller child; the larger is the parent minus it.
  const leftIsSmaller = middle - rows.start <= rows.end - middle
  const small = buildHistogram(growth.layout, leftIsSmaller ? left : right)
  const large = subtractHistogram(histogram, small)
  const leftHistogram = leftIsSmaller ? small : large
  const rightHistogram = leftIsSmaller ? large : small
  return {
    kind: 'split',
    value,
    split: best.split,
    left: growNode(growth, { rows: left, histogram: leftHistogram, depth: depth + 1 }),
    right: growNode(growth, { rows: right, histogram: rightHistogram, depth: depth + 1 }),
  }
}

// One shape for every node's rows keeps the hot loops monomorphic.
function nodeRows(rows: NodeRows, start: number, end: number): NodeRows {
  return { order: rows.order, start, end, gradients: rows.gradients, hessians: rows.hessians }
}

// The best split over every column; ties keep the earlier column so growth is deterministic.
function bestSplitOf(growth: Growth, histogram: NodeHistogram): SplitCandidate | undefined {
  const { design, layout, rules } = growth
  let best: SplitCandidate | undefined
  for (let index = 0; index < design.codes.length; index += 1) {
    const column = {
      index,
      offset: layout.offsets[index] ?? 0,
      binCount: design.binCounts[index] ?? 0,
      categorical: design.categorical[index] ?? false,
    }
    const candidate = findBestSplit(histogram, column, rules)
    if (candidate !== undefined && candidate.gain > (best?.gain ?? 0)) best = candidate
  }
  return best
}
