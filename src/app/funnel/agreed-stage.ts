import {
  decideTransition,
  resolveStage,
  type AgreementVersion,
  type ClockKind,
  type ClockStart,
  type Team,
} from '../../core/agreement/index.ts'
import { isCanonicalStage, type StageSubject } from '../../core/funnel/index.ts'
import { AppError } from '../../core/shared/index.ts'

/** What a lead's move implies under the agreement: the owning team and the clocks to start and stop. */
export type StageImplications = {
  readonly ownerTeam: Team
  readonly ownerTeamChanges: boolean
  readonly startClocks: readonly ClockStart[]
  readonly stopClocks: readonly ClockKind[]
}

export type AgreedStage = {
  readonly toStage: string
  readonly agreementVersion: number | null
  readonly implies?: StageImplications
}

function opportunityStage(inForce: AgreementVersion, requested: string): string {
  const stages = inForce.document.funnel.opportunityStages
  const match = stages.find((s) => s.name.toLowerCase() === requested.trim().toLowerCase())
  if (match) return match.name
  throw new AppError(
    'funnel.invalid_stage',
    `"${requested}" is not an opportunity stage of agreement version ${inForce.version}; use one of ${stages.map((s) => s.name).join(', ')}.`,
    { details: { stage: requested, agreementVersion: inForce.version } },
  )
}

/**
 * Applies the agreement in force to a requested stage: team stage names resolve to canonical ones,
 * a lead moves only along the agreement's transitions, opportunities only through its sales stages.
 * Without an agreement in force the request passes through and records no version.
 */
export function toAgreedStage(
  inForce: AgreementVersion | undefined,
  subject: StageSubject,
  currentStage: string | null,
  requested: string,
): AgreedStage {
  if (!inForce) return { toStage: requested, agreementVersion: null }
  const agreementVersion = inForce.version
  if (subject.type === 'opportunity') {
    return { toStage: opportunityStage(inForce, requested), agreementVersion }
  }
  const canonical = resolveStage(inForce.document, requested)
  if (canonical === undefined) return { toStage: requested, agreementVersion }
  if (subject.type === 'account') return { toStage: canonical, agreementVersion }
  const from = currentStage !== null && isCanonicalStage(currentStage) ? currentStage : null
  const decision = decideTransition(inForce.document, from, canonical)
  if (decision.kind === 'refused') {
    throw new AppError('funnel.invalid_transition', decision.reason, {
      details: { from: currentStage, to: canonical, allowed: decision.allowed, agreementVersion },
    })
  }
  const { ownerTeam, ownerTeamChanges, startClocks, stopClocks } = decision
  return {
    toStage: decision.toStage,
    agreementVersion,
    implies: { ownerTeam, ownerTeamChanges, startClocks, stopClocks },
  }
}
