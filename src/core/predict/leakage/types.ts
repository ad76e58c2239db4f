// Shapes of the leakage guard: why a column is suspected of carrying the outcome into training.

/** `name_hint`: the name says the value is recorded after the outcome; `near_perfect_auc`: alone it
 * separates the classes almost perfectly (either way round). */
export type LeakReason = 'name_hint' | 'near_perfect_auc'

/** One suspected column, with a sentence explaining the evidence. */
export type Leak = { readonly column: string; readonly reason: LeakReason; readonly detail: string }

export type FindLeakyColumnsOptions = {
  /** Columns the caller knows are available before the outcome; matched case-insensitively. */
  readonly allow?: readonly string[]
  /** Flag a column whose single-feature AUC is >= this or <= 1 - this (default 0.95). */
  readonly aucThreshold?: number
}
