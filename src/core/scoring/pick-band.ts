import type { Band } from './types.ts'

const lowerEdge = (band: Band): number => band.atLeast ?? -Infinity

/**
 * The name of the band holding `points` (atLeast <= points < below). A validated model's bands
 * hold every score; for one that does not, the highest band starting at or below the points, else
 * the lowest band.
 */
export function pickBand(bands: readonly Band[], points: number): string {
  const holding = bands.find(
    (band) => points >= lowerEdge(band) && (band.below === undefined || points < band.below),
  )
  if (holding !== undefined) return holding.name
  const ascending = [...bands].sort((a, b) => lowerEdge(a) - lowerEdge(b))
  const below = ascending.filter((band) => lowerEdge(band) <= points).at(-1)
  return (below ?? ascending[0])?.name ?? ''
}
