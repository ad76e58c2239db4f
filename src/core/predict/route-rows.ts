import type { Split, TreeNode } from './decision-tree.ts'

/** Binned rows as a tree reads them: one code per row per column, and each column's bin count. */
export type BinnedRows = {
  readonly rowCount: number
  readonly codes: readonly Uint16Array[]
  readonly binCounts: readonly number[]
}

/** A stretch `order[start..end)` of row numbers, with a scratch buffer as long as `order`. */
export type RowRange = {
  readonly order: Int32Array
  readonly start: number
  readonly end: number
  readonly scratch: Int32Array
}

/** Buffers for sending all rows of a binned table down trees; make one per table, reuse it per tree. */
export type RowRouter = {
  readonly rows: BinnedRows
  readonly order: Int32Array
  readonly scratch: Int32Array
}

export function rowRouter(rows: BinnedRows): RowRouter {
  return { rows, order: new Int32Array(rows.rowCount), scratch: new Int32Array(rows.rowCount) }
}

/**
 * Sends every row down the tree at once, calling `visit` with each node, the node above it (none
 * for the root) and the rows that reach it. Row sets are stretches of one reordered buffer, so a
 * tree costs one pass over the rows per level whatever its shape.
 */
export function routeRows(
  router: RowRouter,
  tree: TreeNode,
  visit: (node: TreeNode, parent: TreeNode | undefined, reached: Int32Array) => void,
): void {
  const { rows, order, scratch } = router
  for (let row = 0; row < rows.rowCount; row += 1) order[row] = row
  const walk = (node: TreeNode, parent: TreeNode | undefined, range: RowRange) => {
    visit(node, parent, order.subarray(range.start, range.end))
    if (node.kind === 'leaf') return
    const middle = partitionRows(range, rows, node.split)
    walk(node.left, node, { order, start: range.start, end: middle, scratch })
    walk(node.right, node, { order, start: middle, end: range.end, scratch })
  }
  walk(tree, undefined, { order, start: 0, end: rows.rowCount, scratch })
}

/** Stable partition of a row range by a split: rows going left first; returns where the right rows begin. */
export function partitionRows(range: RowRange, rows: BinnedRows, split: Split): number {
  const codes = rows.codes[split.column]
  if (codes === undefined)
    throw new RangeError(`split refers to column ${split.column}, which is absent`)
  const goesLeft = leftBinMask(split, rows.binCounts[split.column] ?? 0)
  const { order, scratch, end } = range
  let left = range.start
  let right = 0
  for (let position = range.start; position < end; position += 1) {
    const row = order[position] ?? 0
    if (goesLeft[codes[row] ?? 0] === 1) {
      order[left] = row
      left += 1
    } else {
      scratch[right] = row
      right += 1
    }
  }
  order.set(scratch.subarray(0, right), left)
  return left
}

// 1 for every bin the split sends left (bin 0 is the missing bin of numeric columns).
function leftBinMask(split: Split, binCount: number): Uint8Array {
  const mask = new Uint8Array(Math.max(binCount, 1))
  switch (split.kind) {
    case 'threshold':
      mask.fill(1, 1, split.bin + 1)
      mask[0] = split.missingLeft ? 1 : 0
      break
    case 'levels':
      for (const level of split.left) mask[level] = 1
      break
  }
  return mask
}
