/** Share of an event's points left after `ageDays`: 0.5^(ageDays / halfLifeDays); 1 without a half-life. */
export function decayFactor(ageDays: number, halfLifeDays: number | undefined): number {
  if (halfLifeDays === undefined || ageDays <= 0) return 1
  return 0.5 ** (ageDays / halfLifeDays)
}
