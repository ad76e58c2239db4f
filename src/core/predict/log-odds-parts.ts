/**
 * A score taken apart: every row's log-odds is `baseLogOdds` plus the sum of its row of `values`,
 * one value per source feature (row-major, `features.length` values per row).
 */
export type LogOddsParts = {
  readonly baseLogOdds: number
  readonly features: readonly string[]
  readonly values: Float64Array
}
