import type { Agreement } from '../agreement/index.ts'
import type { CanonicalStage } from '../funnel/index.ts'

export const dispositionOutcomes = ['qualified', 'nurture', 'recycled', 'disqualified'] as const
/** How an owner closes out a lead: qualified moves it on; the others take it out of the funnel. */
export type DispositionOutcome = (typeof dispositionOutcomes)[number]

const exits: readonly CanonicalStage[] = ['nurture', 'disqualified', 'lost']

/** The stage an accepted lead moves to: the first listed move from `from` that stays in the funnel. */
export function acceptStage(agreement: Agreement, from: string): CanonicalStage | undefined {
  const moves = agreement.funnel.transitions.find((t) => t.from === from)?.to ?? []
  return moves.find((to) => !exits.includes(to))
}

/**
 * The stage a disposition moves a lead to: qualified as accepting does, nurture and disqualified
 * to those stages, recycled to where the agreement's exit criteria send expired leads.
 */
export function dispositionStage(
  agreement: Agreement,
  from: string,
  outcome: DispositionOutcome,
): CanonicalStage | undefined {
  switch (outcome) {
    case 'qualified':
      return acceptStage(agreement, from)
    case 'nurture':
      return 'nurture'
    case 'recycled':
      return agreement.exitCriteria.recycleTo
    case 'disqualified':
      return 'disqualified'
  }
}

/** True when a lead leaving `from` was already a meeting or opportunity, so a manager reviews it. */
export function needsReview(agreement: Agreement, from: string, hadMeeting: boolean): boolean {
  if (hadMeeting) return true
  const stage = agreement.funnel.stages.find((s) => s.canonical === from)
  return stage !== undefined && (stage.canonical === 'sql' || stage.canonical === 'opportunity')
}
