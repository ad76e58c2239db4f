import type { CanonicalStage } from '../funnel/index.ts'

/** The lead path through the canonical lifecycle, in order; exits (lost, nurture...) branch off it. */
export const leadPath: readonly CanonicalStage[] = [
  'inquiry',
  'mql',
  'sal',
  'sql',
  'opportunity',
  'won',
]

/** A stage-to-stage conversion the funnel reports. */
export type StagePair = { readonly from: CanonicalStage; readonly to: CanonicalStage }

/**
 * The conversions the funnel reports: each step of the lead path, plus the ones the seeds name
 * across steps (MQL->SQL, SQL->won, MQL->won, inquiry->won).
 */
export function funnelPairs(): StagePair[] {
  const steps = leadPath.slice(1).map((to, i) => ({ from: leadPath[i] as CanonicalStage, to }))
  const across: StagePair[] = [
    { from: 'mql', to: 'sql' },
    { from: 'sql', to: 'won' },
    { from: 'mql', to: 'won' },
    { from: 'inquiry', to: 'won' },
  ]
  return [...steps, ...across]
}
