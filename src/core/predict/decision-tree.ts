/** How a tree node sends a row on: by a numeric bin threshold or by a set of categorical levels. */
export type Split =
  | {
      readonly kind: 'threshold'
      readonly column: number
      /** Rows whose bin is 1..bin go left; bin 0 is the missing bin. */
      readonly bin: number
      readonly missingLeft: boolean
    }
  | { readonly kind: 'levels'; readonly column: number; readonly left: readonly number[] }

/** A regression tree over binned columns; every node keeps its own value for path attributions. */
export type TreeNode =
  | { readonly kind: 'leaf'; readonly value: number }
  | {
      readonly kind: 'split'
      readonly value: number
      readonly split: Split
      readonly left: TreeNode
      readonly right: TreeNode
    }
