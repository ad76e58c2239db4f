import { capStatus, createCapLedger, type CapLedger } from './cap-ledger.ts'
import { decayFactor } from './decay-factor.ts'
import { findEventRule, matchesNegativeEvent, type EventRule } from './find-event-rule.ts'
import type { Contribution, ContributionStatus, ScoringEvent } from './person-score.ts'
import type { NegativeRule, ScoreModel } from './types.ts'

const dayMs = 86_400_000

const byTimeThenId = (a: ScoringEvent, b: ScoringEvent): number =>
  a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

type Scored = {
  readonly ageDays: number | undefined
  readonly cappedPoints: number
  readonly decayFactor: number
  readonly status: ContributionStatus
}

const future: Scored = { ageDays: undefined, cappedPoints: 0, decayFactor: 1, status: 'future' }

// One literal with every key in one order: rebuilds score millions of events, and objects of one
// shape keep that fast.
function eventContribution(
  rule: {
    readonly kind: EventRule['kind'] | 'negative'
    readonly id: string
    readonly points: number
  },
  event: ScoringEvent,
  scored: Scored,
): Contribution {
  return {
    component: rule.kind === 'negative' ? 'engagement' : rule.kind,
    ruleKind: rule.kind,
    ruleId: rule.id,
    eventId: event.id,
    eventType: event.type,
    occurredAt: event.occurredAt,
    ageDays: scored.ageDays,
    rawPoints: rule.points,
    cappedPoints: scored.cappedPoints,
    decayFactor: scored.decayFactor,
    points: scored.cappedPoints * scored.decayFactor,
    status: scored.status,
  }
}

function scoreEvent(found: EventRule, event: ScoringEvent, nowMs: number, ledger: CapLedger) {
  const { kind, rule } = found
  const ruleFacts = { kind, id: rule.id, points: rule.points }
  const atMs = event.occurredAt.getTime()
  if (atMs > nowMs) return eventContribution(ruleFacts, event, future)
  const earned = ledger.take(rule, rule.cap, atMs, rule.points)
  const status = capStatus(earned, rule.points)
  const ageDays = (nowMs - atMs) / dayMs
  const factor = decayFactor(ageDays, rule.halfLifeDays)
  return eventContribution(ruleFacts, event, {
    ageDays,
    cappedPoints: earned,
    decayFactor: factor,
    status,
  })
}

// An unsubscribe or a hard bounce is a state, not a moment: it counts once, in full, from the
// first such event up to `now`.
function scoreNegativeEvent(rule: NegativeRule, first: ScoringEvent, nowMs: number) {
  const ruleFacts = { kind: 'negative', id: rule.id, points: rule.points } as const
  const atMs = first.occurredAt.getTime()
  if (atMs > nowMs) return eventContribution(ruleFacts, first, future)
  const ageDays = (nowMs - atMs) / dayMs
  const counted = { ageDays, cappedPoints: rule.points, decayFactor: 1, status: 'counted' } as const
  return eventContribution(ruleFacts, first, counted)
}

/** An event with the rule that scores it. */
export type RuledEvent = { readonly found: EventRule; readonly event: ScoringEvent }

/** A negative event rule with the first event that matched it, if any. */
export type NegativeMatch = {
  readonly rule: NegativeRule
  readonly first: ScoringEvent | undefined
}

/**
 * Exact contributions of events already matched to their rules and put in event-time order, and of
 * the negative event rules' first matches: the arithmetic every score, full or folded, goes through.
 */
export function scoreRuledEvents(
  ruled: readonly RuledEvent[],
  negatives: readonly NegativeMatch[],
  nowMs: number,
): Contribution[] {
  const ledger = createCapLedger()
  const contributions: Contribution[] = []
  for (const { found, event } of ruled) contributions.push(scoreEvent(found, event, nowMs, ledger))
  for (const { rule, first } of negatives)
    if (first !== undefined) contributions.push(scoreNegativeEvent(rule, first, nowMs))
  return contributions
}

/** Events in scoring order: by instant, ties by id. */
export function inScoringOrder(events: readonly ScoringEvent[]): ScoringEvent[] {
  return [...events].sort(byTimeThenId)
}

/** The negative event rules of a model with the first of `ordered` that matches each. */
export function firstNegativeMatches(
  model: ScoreModel,
  ordered: readonly ScoringEvent[],
): NegativeMatch[] {
  return model.negative.flatMap((rule) =>
    rule.kind === 'event'
      ? [{ rule, first: ordered.find((event) => matchesNegativeEvent(rule, event)) }]
      : [],
  )
}

/** A history matched to the model: events in scoring order, those a rule scores, negative matches. */
export type RuledHistory = {
  readonly ordered: readonly ScoringEvent[]
  readonly ruled: readonly RuledEvent[]
  readonly negatives: readonly NegativeMatch[]
}

/** Puts events in scoring order and matches each to the rule that scores it. */
export function ruleHistory(model: ScoreModel, events: readonly ScoringEvent[]): RuledHistory {
  const ordered = inScoringOrder(events)
  const ruled: RuledEvent[] = []
  for (const event of ordered) {
    const found = findEventRule(model, event)
    if (found !== undefined) ruled.push({ found, event })
  }
  return { ordered, ruled, negatives: firstNegativeMatches(model, ordered) }
}

/**
 * Exact (unrounded) contributions of a person's events: each event scores by its first matching
 * engagement or intent rule, capped in event-time order, then decayed to `now`; events after `now`
 * earn nothing (status future); negative event rules count once each.
 */
export function scoreEvents(
  model: ScoreModel,
  events: readonly ScoringEvent[],
  now: Date,
): Contribution[] {
  const { ruled, negatives } = ruleHistory(model, events)
  return scoreRuledEvents(ruled, negatives, now.getTime())
}
