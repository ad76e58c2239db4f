import { decideTransition, type Agreement } from '../agreement/index.ts'
import { isCanonicalStage, type CanonicalStage } from '../funnel/index.ts'
import { crossedThresholds } from './crossed-thresholds.ts'

export type StageThreshold = { readonly stage: CanonicalStage; readonly score: number }

/**
 * The agreement's score thresholds: each lead definition's `scoreThreshold`, and the hand-off score
 * for mql when its definition names none (seed 001: "60 points is the hand off threshold").
 */
export function stageThresholds(agreement: Agreement): StageThreshold[] {
  const thresholds: StageThreshold[] = agreement.leadDefinitions.flatMap((definition) =>
    definition.scoreThreshold === undefined
      ? []
      : [{ stage: definition.stage, score: definition.scoreThreshold }],
  )
  if (!thresholds.some((threshold) => threshold.stage === 'mql'))
    thresholds.push({ stage: 'mql', score: agreement.scoring.handoffScore })
  return thresholds
}

/**
 * The stages a score change moves a person to, in order: every threshold the score reaches from
 * below (once, lowest first) that the agreement's transitions allow from where the person stands at
 * that point; a threshold the person is already past (or cannot move to) is skipped, never forced.
 */
export function planThresholdMoves(
  agreement: Agreement,
  change: { readonly stage: string; readonly before: number | null; readonly after: number },
): CanonicalStage[] {
  const moves: CanonicalStage[] = []
  let current = change.stage
  for (const threshold of crossedThresholds(
    change.before,
    change.after,
    stageThresholds(agreement),
  )) {
    if (threshold.stage === current) continue
    const from = isCanonicalStage(current) ? current : null
    if (from === null) continue
    if (decideTransition(agreement, from, threshold.stage).kind !== 'allowed') continue
    moves.push(threshold.stage)
    current = threshold.stage
  }
  return moves
}
