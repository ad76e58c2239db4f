// Leakage guard: finds columns that carry the outcome into training (post-outcome names, or a single
// column that alone separates converted from other rows). Deterministic: the same table, target and
// options give the same columns, in table order; `allow` always wins; the caller removes the target.
export { describeLeaks } from './describe-leaks.ts'
export { findLeakyColumns } from './find-leaky-columns.ts'
export { findNameHint } from './find-name-hint.ts'
export { singleFeatureAuc } from './single-feature-auc.ts'
export type { FindLeakyColumnsOptions, Leak, LeakReason } from './types.ts'
