import type { EventRule } from './find-event-rule.ts'
import type { ScoringEvent } from './person-score.ts'
import { ruleHistory, type RuledHistory } from './score-events.ts'
import type { ScoreModel } from './types.ts'

/**
 * What scoring needs of a person's history to fold later events in exactly, without reading it
 * again: every event a rule scored, as [rule, epoch ms] in scoring order (rule = its position in
 * the model's engagement rules, then its intent rules), the instant each negative event rule first
 * matched (by position in `negative`, null when never or a field rule), and the latest event of
 * any type. It holds for one model version, and only while no event is dated after `atMs`.
 */
export type ScoreState = {
  readonly modelVersion: number
  readonly atMs: number
  readonly lastEventAtMs: number | null
  readonly scored: readonly (readonly [rule: number, atMs: number])[]
  readonly negativeAtMs: readonly (number | null)[]
}

/** The position of the rule that scores an event, as ScoreState counts it. */
export function toRulePosition(model: ScoreModel, found: EventRule): number {
  return found.kind === 'engagement'
    ? model.engagement.indexOf(found.rule)
    : model.engagement.length + model.intent.indexOf(found.rule)
}

/** The ScoreState of a whole history at `now`; undefined when an event is dated after `now`. */
export function toScoreState(
  model: ScoreModel,
  events: readonly ScoringEvent[],
  now: Date,
): ScoreState | undefined {
  return stateOfRuled(model, ruleHistory(model, events), now)
}

/** The ScoreState of a history already matched to the model (see ruleHistory). */
export function stateOfRuled(
  model: ScoreModel,
  history: RuledHistory,
  now: Date,
): ScoreState | undefined {
  const atMs = now.getTime()
  const last = history.ordered.at(-1)?.occurredAt.getTime() ?? null
  if (last !== null && last > atMs) return undefined
  const scored = history.ruled.map(
    ({ found, event }) => [toRulePosition(model, found), event.occurredAt.getTime()] as const,
  )
  const firsts = new Map(history.negatives.map((m) => [m.rule, m.first]))
  const negativeAtMs = model.negative.map((rule) => firsts.get(rule)?.occurredAt.getTime() ?? null)
  return { modelVersion: model.version, atMs, lastEventAtMs: last, scored, negativeAtMs }
}
