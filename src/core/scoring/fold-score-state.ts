import { findEventRule, matchesNegativeEvent } from './find-event-rule.ts'
import type { ScoringEvent } from './person-score.ts'
import { toRulePosition, type ScoreState } from './score-state.ts'
import type { ScoreModel } from './types.ts'

type Pair = readonly [rule: number, atMs: number]

// Where a new scored event goes among the kept ones, or undefined when one is already at that
// instant: the whole score orders same-instant events by id, which a state does not keep.
function slotOf(scored: readonly Pair[], atMs: number): number | undefined {
  let low = 0
  let high = scored.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((scored[middle]?.[1] ?? 0) < atMs) low = middle + 1
    else high = middle
  }
  return scored[low]?.[1] === atMs ? undefined : low
}

function foldScored(model: ScoreModel, kept: readonly Pair[], ordered: readonly ScoringEvent[]) {
  const scored = [...kept]
  for (const event of ordered) {
    const found = findEventRule(model, event)
    if (found === undefined) continue
    const atMs = event.occurredAt.getTime()
    const slot = slotOf(scored, atMs)
    if (slot === undefined) return undefined
    scored.splice(slot, 0, [toRulePosition(model, found), atMs])
  }
  return scored
}

type Instant = number | null
const minimum = (a: Instant, b: Instant) => (a === null ? b : b === null ? a : Math.min(a, b))
const maximum = (a: Instant, b: Instant) => (a === null ? b : b === null ? a : Math.max(a, b))

/**
 * The state after `events` join the history at `now`, each put where the whole history's scoring
 * order puts it; undefined when that cannot be done exactly (another model version, a clock behind
 * the state, an event dated after `now`, or a scored event at the instant of another): the caller
 * then scores the whole history again.
 */
export function foldScoreState(
  model: ScoreModel,
  state: ScoreState,
  events: readonly ScoringEvent[],
  now: Date,
): ScoreState | undefined {
  const atMs = now.getTime()
  if (state.modelVersion !== model.version || atMs < state.atMs) return undefined
  if (state.negativeAtMs.length !== model.negative.length) return undefined
  if (events.some((event) => event.occurredAt.getTime() > atMs)) return undefined
  const ordered = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
  const scored = foldScored(model, state.scored, ordered)
  if (scored === undefined) return undefined
  const negativeAtMs = model.negative.map((rule, index) => {
    const first = ordered.find((event) => matchesNegativeEvent(rule, event))
    return minimum(state.negativeAtMs[index] ?? null, first?.occurredAt.getTime() ?? null)
  })
  const lastEventAtMs = maximum(state.lastEventAtMs, ordered.at(-1)?.occurredAt.getTime() ?? null)
  return { modelVersion: model.version, atMs, lastEventAtMs, scored, negativeAtMs }
}
