/**
 * The p-th percentile (p in 0..1) of ascending values, interpolating linearly between the two
 * nearest ranks as PostgreSQL's percentile_cont does; null for no values.
 */
export function percentileOf(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = p * (sorted.length - 1)
  const below = Math.floor(rank)
  const low = sorted[below] ?? 0
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low
  return low + (high - low) * (rank - below)
}
