import type { Split } from './decision-tree.ts'
import type { NodeHistogram } from './node-histogram.ts'

/** Gradient and hessian sums and a row count. */
export type Stats = { readonly gradient: number; readonly hessian: number; readonly count: number }

export type SplitRules = { readonly lambda: number; readonly minLeafSize: number }

export type SplitCandidate = { readonly split: Split; readonly gain: number }

/** One column's bins inside a node histogram. */
export type HistogramColumn = {
  readonly index: number
  readonly offset: number
  readonly binCount: number
  readonly categorical: boolean
}

type Scan = {
  readonly histogram: NodeHistogram
  readonly column: HistogramColumn
  readonly total: Stats
  readonly rules: SplitRules
}

/** The best split of one column at a node by gain in L2-regularized log-loss, if any split helps. */
export function findBestSplit(
  histogram: NodeHistogram,
  column: HistogramColumn,
  rules: SplitRules,
): SplitCandidate | undefined {
  let total: Stats = zero
  for (let bin = 0; bin < column.binCount; bin += 1)
    total = add(total, binStats(histogram, column, bin))
  const scan = { histogram, column, total, rules }
  return column.categorical ? bestLevelSplit(scan) : bestThreshold(scan)
}

/** The L2-regularized score of a node's statistics: G² / (H + lambda). */
export function nodeScore(stats: Stats, lambda: number): number {
  return (stats.gradient * stats.gradient) / (stats.hessian + lambda)
}

const zero: Stats = { gradient: 0, hessian: 0, count: 0 }

// Left = bins 1..t (t may be 0: missing against the rest), the missing bin 0 on whichever side gains more.
function bestThreshold(scan: Scan): SplitCandidate | undefined {
  const { histogram, column, total } = scan
  const missing = binStats(histogram, column, 0)
  let best: SplitCandidate | undefined
  let left = zero
  for (let bin = 0; bin < column.binCount - 1; bin += 1) {
    if (bin > 0) left = add(left, binStats(histogram, column, bin))
    const sides = missing.count > 0 ? [false, true] : [left.count >= total.count - left.count]
    for (const missingLeft of sides) {
      const gain = splitGain(scan, missingLeft ? add(left, missing) : left)
      if (gain !== undefined && gain > (best?.gain ?? 0)) {
        best = { split: { kind: 'threshold', column: column.index, bin, missingLeft }, gain }
      }
    }
  }
  return best
}

// Levels ordered by their Newton step G / (H + lambda); the best prefix of that order goes left.
function bestLevelSplit(scan: Scan): SplitCandidate | undefined {
  const { histogram, column, rules } = scan
  const levels = Array.from({ length: column.binCount }, (_, bin) => bin)
    .map((bin) => ({ bin, stats: binStats(histogram, column, bin) }))
    .filter((level) => level.stats.count > 0)
  const ratio = (stats: Stats) => stats.gradient / (stats.hessian + rules.lambda)
  levels.sort((a, b) => ratio(a.stats) - ratio(b.stats) || a.bin - b.bin)
  let best: SplitCandidate | undefined
  let left = zero
  for (let size = 1; size < levels.length; size += 1) {
    left = add(left, levels[size - 1]?.stats ?? zero)
    const gain = splitGain(scan, left)
    if (gain !== undefined && gain > (best?.gain ?? 0)) {
      const goLeft = levels.slice(0, size).map((level) => level.bin)
      best = {
        split: { kind: 'levels', column: column.index, left: goLeft.sort((a, b) => a - b) },
        gain,
      }
    }
  }
  return best
}

function splitGain(scan: Scan, left: Stats): number | undefined {
  const { total, rules } = scan
  const right = {
    gradient: total.gradient - left.gradient,
    hessian: total.hessian - left.hessian,
    count: total.count - left.count,
  }
  if (left.count < rules.minLeafSize || right.count < rules.minLeafSize) return undefined
  const gain =
    nodeScore(left, rules.lambda) + nodeScore(right, rules.lambda) - nodeScore(total, rules.lambda)
  return gain > 1e-12 ? gain : undefined
}

function binStats(histogram: NodeHistogram, column: HistogramColumn, bin: number): Stats {
  const at = column.offset + bin
  return {
    gradient: histogram.gradient[at] ?? 0,
    hessian: histogram.hessian[at] ?? 0,
    count: histogram.count[at] ?? 0,
  }
}

function add(a: Stats, b: Stats): Stats {
  return {
    gradient: a.gradient + b.gradient,
    hessian: a.hessian + b.hessian,
    count: a.count + b.count,
  }
}
