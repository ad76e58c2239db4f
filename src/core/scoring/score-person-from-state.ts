import type { EventRule } from './find-event-rule.ts'
import type { ScoringFacts } from './matches-predicate.ts'
import type { PersonScore, ScoringEvent } from './person-score.ts'
import { scoreRuledEvents, type NegativeMatch, type RuledEvent } from './score-events.ts'
import { scoreFit } from './score-fit.ts'
import { totalContributions } from './score-person.ts'
import type { ScoreState } from './score-state.ts'
import type { ScoreModel } from './types.ts'

// Events rebuilt from a state carry no id: the numbers never depend on it, only explanations do,
// and those score the stored history itself.
const eventAt = (type: string, atMs: number): ScoringEvent => ({
  id: '',
  type,
  occurredAt: new Date(atMs),
})

function ruleAt(model: ScoreModel, position: number): EventRule | undefined {
  const engagement = model.engagement[position]
  if (engagement !== undefined) return { kind: 'engagement', rule: engagement }
  const intent = model.intent[position - model.engagement.length]
  return intent === undefined ? undefined : { kind: 'intent', rule: intent }
}

/**
 * The person's score at the state's instant, equal to scorePerson over the history the state
 * stands for (same contributions in the same order, so the same rounding); undefined when the state
 * does not fit the model (the caller scores the history instead).
 */
export function scorePersonFromState(
  model: ScoreModel,
  facts: ScoringFacts,
  state: ScoreState,
): PersonScore | undefined {
  if (state.modelVersion !== model.version) return undefined
  if (state.negativeAtMs.length !== model.negative.length) return undefined
  const ruled: RuledEvent[] = []
  for (const [position, atMs] of state.scored) {
    const found = ruleAt(model, position)
    if (found === undefined) return undefined
    const type = found.kind === 'engagement' ? found.rule.event : 'intent_signal'
    ruled.push({ found, event: eventAt(type, atMs) })
  }
  const negatives: NegativeMatch[] = []
  model.negative.forEach((rule, index) => {
    const atMs = state.negativeAtMs[index] ?? null
    if (rule.kind === 'event')
      negatives.push({ rule, first: atMs === null ? undefined : eventAt(rule.event, atMs) })
  })
  return totalContributions(model, [
    ...scoreFit(model, { person: facts.person, account: facts.account }),
    ...scoreRuledEvents(ruled, negatives, state.atMs),
  ])
}
