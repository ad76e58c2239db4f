import { findEventRule, matchesNegativeEvent } from './find-event-rule.ts'
import type { ScoringEvent } from './person-score.ts'
import { toRulePosition, type ScoreState } from './score-state.ts'
import type { ScoreModel } from './types.ts'

// Folding is exact only where the full score would put the new events last, in an order that
// does not depend on event ids: each strictly after every earlier event and at its own instant.
function foldable(model: ScoreModel, state: ScoreState, times: readonly number[], atMs: number) {
  if (state.modelVersion !== model.version || atMs < state.atMs) return false
  if (state.negativeAtMs.length !== model.negative.length) return false
  let previous = state.lastEventAtMs ?? Number.NEGATIVE_INFINITY
  for (const eventMs of times) {
    if (eventMs <= previous || eventMs > atMs) return false
    previous = eventMs
  }
  return true
}

/**
 * The state after `events` join the history at `now`, or undefined when they cannot be folded in
 * exactly (another model version, a clock behind the state, an event not after every earlier one,
 * two at one instant, or one dated after `now`): the caller then scores the whole history again.
 */
export function foldScoreState(
  model: ScoreModel,
  state: ScoreState,
  events: readonly ScoringEvent[],
  now: Date,
): ScoreState | undefined {
  const ordered = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
  const times = ordered.map((event) => event.occurredAt.getTime())
  const atMs = now.getTime()
  if (!foldable(model, state, times, atMs)) return undefined
  const scored = [...state.scored]
  for (const event of ordered) {
    const found = findEventRule(model, event)
    if (found !== undefined) scored.push([toRulePosition(model, found), event.occurredAt.getTime()])
  }
  const negativeAtMs = model.negative.map((rule, index) => {
    const known = state.negativeAtMs[index] ?? null
    if (known !== null) return known
    return ordered.find((event) => matchesNegativeEvent(rule, event))?.occurredAt.getTime() ?? null
  })
  const lastEventAtMs = times.at(-1) ?? state.lastEventAtMs
  return { modelVersion: model.version, atMs, lastEventAtMs, scored, negativeAtMs }
}
