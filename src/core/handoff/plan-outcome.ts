import type { Agreement } from '../agreement/index.ts'
import type { CanonicalStage } from '../funnel/index.ts'

export const dispositionOutcomes = ['qualified', 'nurture', 'recycled', 'disqualified'] as const
/** How an owner closes out a lead: qualified moves it on; the others take it out of the funnel. */
export type DispositionOutcome = (typeof dispositionOutcomes)[number]

const exits: readonly CanonicalStage[] = ['nurture', 'disqualified', 'lost']

const movesFrom = (agreement: Agreement, from: string): readonly CanonicalStage[] =>
  agreement.funnel.transitions.find((t) => t.from === from)?.to ?? []

/** The stage an accepted lead moves to: the first listed move from `from` that stays in the funnel. */
export function acceptStage(agreement: Agreement, from: string): CanonicalStage | undefined {
  return movesFrom(agreement, from).find((to) => !exits.includes(to))
}

/**
 * Where a rejected lead goes: where the exit criteria send rejected leads (`recycleTo`, marketing
 * nurture in the presets), when the agreement's transitions let a lead move there from `from`.
 */
export function rejectStage(agreement: Agreement, from: string): CanonicalStage | undefined {
  const to = agreement.exitCriteria.recycleTo
  return movesFrom(agreement, from).includes(to) ? to : undefined
}

/**
 * The stage a disposition moves a lead to: qualified as accepting does, nurture and disqualified
 * to those stages, recycled to where the agreement's exit criteria send expired leads; undefined
 * when the agreement's transitions allow no such move from `from`.
 */
export function dispositionStage(
  agreement: Agreement,
  from: string,
  outcome: DispositionOutcome,
): CanonicalStage | undefined {
  const allowed = (to: CanonicalStage) => (movesFrom(agreement, from).includes(to) ? to : undefined)
  switch (outcome) {
    case 'qualified':
      return acceptStage(agreement, from)
    case 'nurture':
      return allowed('nurture')
    case 'recycled':
      return allowed(agreement.exitCriteria.recycleTo)
    case 'disqualified':
      return allowed('disqualified')
  }
}

/** True when a lead leaving `from` was already a meeting or opportunity, so a manager reviews it. */
export function needsReview(agreement: Agreement, from: string, hadMeeting: boolean): boolean {
  if (hadMeeting) return true
  const stage = agreement.funnel.stages.find((s) => s.canonical === from)
  return stage !== undefined && (stage.canonical === 'sql' || stage.canonical === 'opportunity')
}
