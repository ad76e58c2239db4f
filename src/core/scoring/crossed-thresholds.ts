/**
 * The thresholds a score change reaches from below (before < score <= after), lowest first, each at
 * most once; a falling score crosses none, so decay never moves a person back. A person scored for
 * the first time (`before` null) reaches every threshold at or below `after`.
 */
export function crossedThresholds<T extends { readonly score: number }>(
  before: number | null,
  after: number,
  thresholds: readonly T[],
): T[] {
  return thresholds
    .filter(
      (threshold) => (before === null || before < threshold.score) && threshold.score <= after,
    )
    .filter((threshold, index, all) => all.indexOf(threshold) === index)
    .sort((a, b) => a.score - b.score)
}
