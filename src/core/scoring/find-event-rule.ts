import type { ScoringEvent } from './person-score.ts'
import { toPattern } from './to-pattern.ts'
import type { EngagementRule, IntentRule, NegativeRule, ScoreModel } from './types.ts'

export type EventRule =
  | { readonly kind: 'engagement'; readonly rule: EngagementRule }
  | { readonly kind: 'intent'; readonly rule: IntentRule }

function matchesEngagement(rule: EngagementRule, event: ScoringEvent): boolean {
  if (rule.event !== event.type) return false
  if (rule.urlPattern === undefined) return true
  return typeof event.url === 'string' && toPattern(rule.urlPattern).test(event.url)
}

function matchesIntent(rule: IntentRule, event: ScoringEvent): boolean {
  const signal = event.intent
  if (event.type !== 'intent_signal' || signal === undefined) return false
  const topic = rule.topic.trim().toLowerCase()
  return (
    (topic === '*' || topic === signal.topic.trim().toLowerCase()) &&
    signal.strength >= rule.minStrength
  )
}

/** The rule that scores an event: the first listed engagement or intent rule it matches. */
export function findEventRule(model: ScoreModel, event: ScoringEvent): EventRule | undefined {
  if (event.type === 'intent_signal') {
    const rule = model.intent.find((candidate) => matchesIntent(candidate, event))
    return rule && { kind: 'intent', rule }
  }
  const rule = model.engagement.find((candidate) => matchesEngagement(candidate, event))
  return rule && { kind: 'engagement', rule }
}

/** Whether an event is of the negative rule's type with every property it names (case-insensitive). */
export function matchesNegativeEvent(rule: NegativeRule, event: ScoringEvent): boolean {
  if (rule.kind !== 'event' || rule.event !== event.type) return false
  return Object.entries(rule.properties ?? {}).every(
    ([key, value]) => event.properties?.[key]?.trim().toLowerCase() === value.trim().toLowerCase(),
  )
}
