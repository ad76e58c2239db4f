// The predictive area's generator (mulberry32): one seeded stream for the whole core.
import { seededRandom } from '../predict/seeded-random.ts'

export type BootstrapInterval = {
  readonly difference: number
  readonly low: number
  readonly high: number
  readonly confidence: number
  readonly resamples: number
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length

function resampledMean(values: readonly number[], random: () => number): number {
  let sum = 0
  for (let i = 0; i < values.length; i += 1)
    sum += values[Math.floor(random() * values.length)] ?? 0
  return sum / values.length
}

/**
 * The difference of means (treatment - control) with a percentile bootstrap interval: each arm
 * resampled with replacement `resamples` times from a seeded generator, so the same data and seed
 * give the same interval. Null when an arm is empty.
 */
export function bootstrapDifference(
  control: readonly number[],
  treatment: readonly number[],
  options: { readonly seed: number; readonly resamples?: number; readonly confidence?: number },
): BootstrapInterval | null {
  if (control.length === 0 || treatment.length === 0) return null
  const resamples = options.resamples ?? 2000
  const confidence = options.confidence ?? 0.95
  const random = seededRandom(options.seed)
  const differences: number[] = []
  for (let i = 0; i < resamples; i += 1)
    differences.push(resampledMean(treatment, random) - resampledMean(control, random))
  differences.sort((x, y) => x - y)
  const at = (q: number) => differences[Math.min(resamples - 1, Math.floor(q * resamples))] ?? 0
  const tail = (1 - confidence) / 2
  return {
    difference: mean(treatment) - mean(control),
    low: at(tail),
    high: at(1 - tail),
    confidence,
    resamples,
  }
}
