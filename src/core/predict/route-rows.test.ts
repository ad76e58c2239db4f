import { describe, expect, it } from 'vitest'
import type { TreeNode } from './decision-tree.ts'
import { routeRows, rowRouter } from './route-rows.ts'

// Column 0 is numeric (bin 0 missing, bins 1-3); column 1 is categorical with 3 levels.
const rows = {
  rowCount: 6,
  codes: [Uint16Array.of(1, 2, 3, 0, 3, 1), Uint16Array.of(0, 1, 2, 0, 1, 2)],
  binCounts: [4, 3],
}
const tree: TreeNode = {
  kind: 'split',
  value: 0,
  split: { kind: 'threshold', column: 0, bin: 2, missingLeft: false },
  left: { kind: 'leaf', value: -1 },
  right: {
    kind: 'split',
    value: 0.5,
    split: { kind: 'levels', column: 1, left: [1] },
    left: { kind: 'leaf', value: 2 },
    right: { kind: 'leaf', value: 3 },
  },
}

describe('routeRows', () => {
  it('sends each row down its path: low bins left, missing and high bins by the levels split', () => {
    const leaves: Record<string, number[]> = {}
    routeRows(rowRouter(rows), tree, (node, _parent, reached) => {
      if (node.kind === 'leaf') leaves[String(node.value)] = Array.from(reached)
    })
    expect(leaves).toEqual({ '-1': [0, 1, 5], '2': [4], '3': [2, 3] })
  })

  it('shows every node with the node above it, the root with none', () => {
    const seen: [number, number | undefined, number][] = []
    routeRows(rowRouter(rows), tree, (node, parent, reached) => {
      seen.push([node.value, parent?.value, reached.length])
    })
    expect(seen).toEqual([
      [0, undefined, 6],
      [-1, 0, 3],
      [0.5, 0, 3],
      [2, 0.5, 1],
      [3, 0.5, 2],
    ])
  })
})
