import { isCanonicalStage, type CanonicalStage } from '../funnel/index.ts'
import type { Agreement, ClockKind, ResponseTarget, Team } from './types.ts'

/** How long a clock runs: response targets by priority, business days, or calendar days. */
export type ClockLimit =
  | { readonly kind: 'response_target'; readonly targets: readonly ResponseTarget[] }
  | { readonly kind: 'business_days'; readonly businessDays: number }
  | { readonly kind: 'calendar_days'; readonly days: number }

export type ClockStart = { readonly kind: ClockKind; readonly limit: ClockLimit }

export type TransitionDecision =
  | {
      readonly kind: 'allowed'
      readonly toStage: CanonicalStage
      readonly ownerTeam: Team
      readonly ownerTeamChanges: boolean
      readonly startClocks: readonly ClockStart[]
      readonly stopClocks: readonly ClockKind[]
    }
  | {
      readonly kind: 'refused'
      readonly reason: string
      readonly allowed: readonly CanonicalStage[]
    }

function limitOf(agreement: Agreement, kind: ClockKind): ClockLimit {
  const exit = agreement.exitCriteria
  switch (kind) {
    case 'first_response':
      return { kind: 'response_target', targets: agreement.responseTargets }
    case 'takeback':
      return { kind: 'business_days', businessDays: exit.sdrTakeBackAfterBusinessDays }
    case 'resolution':
      return { kind: 'business_days', businessDays: exit.resolutionWithinBusinessDays }
    case 'status_update':
      return { kind: 'business_days', businessDays: exit.statusUpdateWithinBusinessDays }
    case 'recycle':
      return { kind: 'calendar_days', days: exit.recycleAcceptedUnqualifiedAfterDays }
  }
}

/** Maps a team's own stage name (or a canonical one) to the canonical stage, case-insensitively. */
export function resolveStage(agreement: Agreement, name: string): CanonicalStage | undefined {
  const wanted = name.trim().toLowerCase()
  const stage = agreement.funnel.stages.find(
    (s) => s.canonical === wanted || s.name.trim().toLowerCase() === wanted,
  )
  return stage?.canonical ?? (isCanonicalStage(wanted) ? wanted : undefined)
}

/**
 * Decides a lead's move under the agreement in force: allowed only along a listed transition (a new
 * lead may enter any listed stage); an allowed move says which team owns the lead next and which
 * clocks start and stop.
 */
export function decideTransition(
  agreement: Agreement,
  from: CanonicalStage | null,
  to: CanonicalStage,
): TransitionDecision {
  const target = agreement.funnel.stages.find((s) => s.canonical === to)
  const listed = agreement.funnel.stages.map((s) => s.canonical)
  if (!target) {
    return {
      kind: 'refused',
      reason: `"${to}" is not a stage of the agreement in force.`,
      allowed: listed,
    }
  }
  if (from !== null) {
    const allowed = agreement.funnel.transitions.find((t) => t.from === from)?.to ?? []
    if (!allowed.includes(to)) {
      const options = allowed.length > 0 ? allowed.join(', ') : 'nowhere'
      return {
        kind: 'refused',
        reason: `The agreement in force does not allow ${from} -> ${to}; from ${from} a lead may move to ${options}.`,
        allowed,
      }
    }
  }
  const previousOwner = agreement.funnel.stages.find((s) => s.canonical === from)?.ownerTeam
  return {
    kind: 'allowed',
    toStage: to,
    ownerTeam: target.ownerTeam,
    // A new lead had no team, so entering any stage hands it to that stage's team.
    ownerTeamChanges: previousOwner !== target.ownerTeam,
    startClocks: agreement.clocks
      .filter((clock) => clock.startsOn === to)
      .map((clock) => ({ kind: clock.kind, limit: limitOf(agreement, clock.kind) })),
    stopClocks: agreement.clocks
      .filter((clock) => from !== null && clock.startsOn !== to && clock.stopsOn.includes(to))
      .map((clock) => clock.kind),
  }
}
