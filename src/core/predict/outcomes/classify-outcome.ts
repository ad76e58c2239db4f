/** What the history says about one person's outcome, as the store aggregates it. */
export type OutcomeFacts = {
  /** First stage event: when the lead was captured. */
  readonly capturedAt: Date
  /** First entry into sql, opportunity, won or customer. */
  readonly convertedAt: Date | null
  /** First closed-won deal they are the primary person of. */
  readonly wonAt: Date | null
  readonly disqualifiedAt: Date | null
  /** First closed-lost deal they are the primary person of. */
  readonly lostAt: Date | null
  readonly lastActivityAt: Date | null
}

export const outcomeReasons = [
  'converted',
  'closed_won',
  'disqualified',
  'closed_lost',
  'unresponsive',
] as const
export type OutcomeReason = (typeof outcomeReasons)[number]

/** A closed-loop outcome: positive or not, why, and the instant it was decided. */
export type Outcome = {
  readonly positive: boolean
  readonly reason: OutcomeReason
  readonly at: Date
}

const dayMs = 86_400_000

function earliest(
  a: Date | null,
  b: Date | null,
  reasons: readonly [OutcomeReason, OutcomeReason],
): { at: Date; reason: OutcomeReason } | undefined {
  if (a !== null && (b === null || a.getTime() <= b.getTime())) return { at: a, reason: reasons[0] }
  if (b !== null) return { at: b, reason: reasons[1] }
  return undefined
}

/**
 * A person's outcome at `now`: positive on conversion (sql, opportunity, won) or a closed-won deal,
 * at the first of them; else negative on disqualification or a closed-lost deal; else negative as
 * unresponsive once `unresponsiveAfterDays` passed since their last activity (or capture), at the
 * end of that window. A lead still in play has no outcome yet.
 */
export function classifyOutcome(
  facts: OutcomeFacts,
  now: Date,
  unresponsiveAfterDays: number,
): Outcome | undefined {
  const won = earliest(facts.convertedAt, facts.wonAt, ['converted', 'closed_won'])
  if (won !== undefined) return { positive: true, ...won }
  const lost = earliest(facts.disqualifiedAt, facts.lostAt, ['disqualified', 'closed_lost'])
  if (lost !== undefined) return { positive: false, ...lost }
  const last = Math.max(facts.capturedAt.getTime(), facts.lastActivityAt?.getTime() ?? 0)
  const silentUntil = last + unresponsiveAfterDays * dayMs
  if (silentUntil > now.getTime()) return undefined
  return { positive: false, reason: 'unresponsive', at: new Date(silentUntil) }
}
