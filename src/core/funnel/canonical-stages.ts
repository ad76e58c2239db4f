/** The canonical lifecycle every team's vocabulary maps onto (DOMAIN.md section 1). */
export const canonicalStages = [
  'universe',
  'inquiry',
  'mql',
  'sal',
  'sql',
  'opportunity',
  'won',
  'lost',
  'customer',
  'nurture',
  'disqualified',
] as const

export type CanonicalStage = (typeof canonicalStages)[number]

/** True when the text names a canonical lifecycle stage. */
export function isCanonicalStage(value: string): value is CanonicalStage {
  return (canonicalStages as readonly string[]).includes(value)
}
