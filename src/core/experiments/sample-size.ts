import { normalQuantile } from './normal-quantile.ts'

/**
 * Leads needed per arm to detect a rate moving from `baseline` to `baseline x (1 + lift)` with a
 * two-sided test at `alpha` and the given power (normal approximation, no continuity correction):
 * n = (z(1-alpha/2) sqrt(2 pbar qbar) + z(power) sqrt(p1 q1 + p2 q2))^2 / (p2 - p1)^2, rounded up.
 * Null when the lifted rate is not a share (above 1) or the lift is 0.
 */
export function sampleSizePerArm(
  baseline: number,
  lift: number,
  options: { readonly alpha: number; readonly power: number },
): number | null {
  const p1 = baseline
  const p2 = baseline * (1 + lift)
  if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1) || p1 === p2) return null
  const za = normalQuantile(1 - options.alpha / 2)
  const zb = normalQuantile(options.power)
  const mean = (p1 + p2) / 2
  const root = za * Math.sqrt(2 * mean * (1 - mean)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
  return Math.ceil((root * root) / ((p2 - p1) * (p2 - p1)))
}
