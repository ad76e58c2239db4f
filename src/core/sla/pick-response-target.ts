import type { ResponseTarget } from '../agreement/index.ts'

/**
 * The response target for a lead's score: the highest `minScore` the score meets (a target without
 * one meets any score); with no score, or one below every threshold, the most lenient target.
 */
export function pickResponseTarget(
  targets: readonly ResponseTarget[],
  score: number | null,
): ResponseTarget | undefined {
  const floor = (t: ResponseTarget) => t.minScore ?? Number.NEGATIVE_INFINITY
  const byFloor = [...targets].sort((a, b) => floor(b) - floor(a))
  const met = score === null ? undefined : byFloor.find((t) => score >= floor(t))
  return met ?? byFloor.at(-1)
}
