import type { ResolvedPredictivePolicy } from './predictive-policy.ts'

/** What a registered model learned from and how it did on held-out rows. */
export type ModelEvidence = {
  readonly positives: number
  readonly negatives: number
  readonly testAuc: number
  /** AUC of the baseline on the same rows (the base rate ranks at random: 0.5). */
  readonly baselineAuc: number
  /** Trained on Baton's outcomes (its features are Baton fields), not on an outside CSV. */
  readonly fromOutcomes: boolean
}

export type PromotionDecision =
  { readonly kind: 'allowed' } | { readonly kind: 'refused'; readonly reason: string }

/**
 * Whether a model may go live: it must have learned from at least the policy's outcomes of each
 * class, beat its baseline on held-out rows, and read Baton's own fields.
 */
export function decidePromotion(
  evidence: ModelEvidence,
  policy: ResolvedPredictivePolicy,
): PromotionDecision {
  const min = policy.minOutcomesPerClass
  const short = [
    evidence.positives < min ? `${evidence.positives} positives` : '',
    evidence.negatives < min ? `${evidence.negatives} negatives` : '',
  ].filter((part) => part !== '')
  if (short.length > 0) {
    return {
      kind: 'refused',
      reason: `it learned from only ${short.join(' and ')}; the agreement asks for at least ${min} of each (predictive.minOutcomesPerClass) — collect more outcomes and retrain`,
    }
  }
  if (!(evidence.testAuc > evidence.baselineAuc)) {
    return {
      kind: 'refused',
      reason: `its test AUC ${evidence.testAuc.toFixed(3)} is not above the baseline's ${evidence.baselineAuc.toFixed(3)}: it ranks leads no better than the base rate — add features or outcomes and retrain`,
    }
  }
  if (!evidence.fromOutcomes) {
    return {
      kind: 'refused',
      reason:
        'it was trained on a CSV whose columns are not Baton fields, so it cannot score people here — train it with `baton model train --from-outcomes`',
    }
  }
  return { kind: 'allowed' }
}
