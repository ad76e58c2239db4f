import { createCapLedger, type CapLedger } from './cap-ledger.ts'
import { decayFactor } from './decay-factor.ts'
import { findEventRule, matchesNegativeEvent, type EventRule } from './find-event-rule.ts'
import type { Contribution, ScoringEvent } from './person-score.ts'
import type { NegativeRule, ScoreModel } from './types.ts'

const dayMs = 86_400_000

const byTimeThenId = (a: ScoringEvent, b: ScoringEvent): number =>
  a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function eventFacts(event: ScoringEvent) {
  return { eventId: event.id, eventType: event.type, occurredAt: event.occurredAt }
}

function futureContribution(
  base: Pick<Contribution, 'component' | 'ruleKind' | 'ruleId' | 'rawPoints'>,
  event: ScoringEvent,
): Contribution {
  return {
    ...base,
    ...eventFacts(event),
    cappedPoints: 0,
    decayFactor: 1,
    points: 0,
    status: 'future',
  }
}

function scoreEvent(found: EventRule, event: ScoringEvent, nowMs: number, ledger: CapLedger) {
  const { kind, rule } = found
  const base = { component: kind, ruleKind: kind, ruleId: rule.id, rawPoints: rule.points }
  const atMs = event.occurredAt.getTime()
  if (atMs > nowMs) return futureContribution(base, event)
  const { earned, status } = ledger.take(`${kind}:${rule.id}`, rule.cap, atMs, rule.points)
  const ageDays = (nowMs - atMs) / dayMs
  const factor = decayFactor(ageDays, rule.halfLifeDays)
  const points = earned * factor
  return {
    ...base,
    ...eventFacts(event),
    ageDays,
    cappedPoints: earned,
    decayFactor: factor,
    points,
    status,
  }
}

// An unsubscribe or a hard bounce is a state, not a moment: it counts once, in full, from the
// first such event up to `now`.
function scoreNegativeEvent(rule: NegativeRule, ordered: readonly ScoringEvent[], nowMs: number) {
  const matching = ordered.filter((event) => matchesNegativeEvent(rule, event))
  const first = matching[0]
  if (first === undefined) return []
  const base = {
    component: 'engagement',
    ruleKind: 'negative',
    ruleId: rule.id,
    rawPoints: rule.points,
  } as const
  if (first.occurredAt.getTime() > nowMs) return [futureContribution(base, first)]
  const ageDays = (nowMs - first.occurredAt.getTime()) / dayMs
  const counted = { cappedPoints: rule.points, decayFactor: 1, points: rule.points } as const
  return [{ ...base, ...eventFacts(first), ageDays, ...counted, status: 'counted' } as const]
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
  const nowMs = now.getTime()
  const ordered = [...events].sort(byTimeThenId)
  const ledger = createCapLedger()
  const contributions: Contribution[] = []
  for (const event of ordered) {
    const found = findEventRule(model, event)
    if (found !== undefined) contributions.push(scoreEvent(found, event, nowMs, ledger))
  }
  for (const rule of model.negative) {
    if (rule.kind === 'event') contributions.push(...scoreNegativeEvent(rule, ordered, nowMs))
  }
  return contributions
}
