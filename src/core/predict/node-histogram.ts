/**
 * Gradient and hessian sums and row counts per bin of every column at one tree node, laid out
 * column after column (`offsets[c]` is where column c's bins start).
 */
export type NodeHistogram = {
  readonly gradient: Float64Array
  readonly hessian: Float64Array
  readonly count: Int32Array
}

/** The rows of a node, `order[start..end)`, with the per-row gradients and hessians of this round. */
export type NodeRows = {
  readonly order: Int32Array
  readonly start: number
  readonly end: number
  readonly gradients: Float64Array
  readonly hessians: Float64Array
}

export type HistogramLayout = {
  readonly codes: readonly Uint16Array[]
  readonly offsets: readonly number[]
  readonly totalBins: number
}

/** Where each column's bins start in a node histogram, for the given bin counts. */
export function histogramLayout(
  codes: readonly Uint16Array[],
  binCounts: readonly number[],
): HistogramLayout {
  const offsets: number[] = []
  let totalBins = 0
  for (const binCount of binCounts) {
    offsets.push(totalBins)
    totalBins += binCount
  }
  return { codes, offsets, totalBins }
}

/** Sums the node's rows into a fresh histogram, column by column. */
export function buildHistogram(layout: HistogramLayout, rows: NodeRows): NodeHistogram {
  const histogram: NodeHistogram = {
    gradient: new Float64Array(layout.totalBins),
    hessian: new Float64Array(layout.totalBins),
    count: new Int32Array(layout.totalBins),
  }
  layout.codes.forEach((codes, column) => {
    addColumn(histogram, rows, { codes, base: layout.offsets[column] ?? 0 })
  })
  return histogram
}

function addColumn(
  histogram: NodeHistogram,
  rows: NodeRows,
  column: { readonly codes: Uint16Array; readonly base: number },
): void {
  const { gradient, hessian, count } = histogram
  const { codes, base } = column
  const { order, gradients, hessians, end } = rows
  for (let position = rows.start; position < end; position += 1) {
    const row = order[position] ?? 0
    const bin = base + (codes[row] ?? 0)
    gradient[bin] = (gradient[bin] ?? 0) + (gradients[row] ?? 0)
    hessian[bin] = (hessian[bin] ?? 0) + (hessians[row] ?? 0)
    count[bin] = (count[bin] ?? 0) + 1
  }
}

/** Turns a parent's histogram into its other child's, in place, by taking away one child's. */
export function subtractHistogram(parent: NodeHistogram, child: NodeHistogram): NodeHistogram {
  for (let bin = 0; bin < parent.gradient.length; bin += 1) {
    parent.gradient[bin] = (parent.gradient[bin] ?? 0) - (child.gradient[bin] ?? 0)
    parent.hessian[bin] = (parent.hessian[bin] ?? 0) - (child.hessian[bin] ?? 0)
    parent.count[bin] = (parent.count[bin] ?? 0) - (child.count[bin] ?? 0)
  }
  return parent
}
