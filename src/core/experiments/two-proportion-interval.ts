import { normalQuantile } from './normal-quantile.ts'

export type ProportionInterval = {
  readonly control: number
  readonly treatment: number
  /** treatment - control, with its confidence interval (Wald, unpooled standard error). */
  readonly difference: number
  readonly low: number
  readonly high: number
  readonly confidence: number
  /** difference / control; null when the control rate is 0. */
  readonly relativeLift: number | null
}

/**
 * The two-proportion confidence interval for the difference of two rates: (p2 - p1) +/- z *
 * sqrt(p1(1-p1)/n1 + p2(1-p2)/n2); null when an arm is empty.
 */
export function twoProportionInterval(
  control: { readonly successes: number; readonly n: number },
  treatment: { readonly successes: number; readonly n: number },
  confidence = 0.95,
): ProportionInterval | null {
  if (control.n === 0 || treatment.n === 0) return null
  const p1 = control.successes / control.n
  const p2 = treatment.successes / treatment.n
  const z = normalQuantile(1 - (1 - confidence) / 2)
  const se = Math.sqrt((p1 * (1 - p1)) / control.n + (p2 * (1 - p2)) / treatment.n)
  const difference = p2 - p1
  return {
    control: p1,
    treatment: p2,
    difference,
    low: difference - z * se,
    high: difference + z * se,
    confidence,
    relativeLift: p1 === 0 ? null : difference / p1,
  }
}
