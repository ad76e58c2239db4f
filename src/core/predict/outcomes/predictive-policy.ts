import type { PredictivePolicy } from '../../agreement/index.ts'

/** Documented defaults when the agreement has no `predictive` section. */
export const defaultMinOutcomesPerClass = 50
export const defaultUnresponsiveAfterDays = 90

export type ResolvedPredictivePolicy = {
  readonly minOutcomesPerClass: number
  readonly unresponsiveAfterDays: number
}

/** The agreement's predictive policy with every default filled in. */
export function resolvePredictivePolicy(
  policy: PredictivePolicy | undefined,
): ResolvedPredictivePolicy {
  return {
    minOutcomesPerClass: policy?.minOutcomesPerClass ?? defaultMinOutcomesPerClass,
    unresponsiveAfterDays: policy?.unresponsiveAfterDays ?? defaultUnresponsiveAfterDays,
  }
}
