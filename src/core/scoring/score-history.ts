import type { ScoreTotals } from './person-score.ts'
import { ruleHistory, scoreRuledEvents } from './score-events.ts'
import { scoreFit } from './score-fit.ts'
import { totalContributions, type ScoringSubject } from './score-person.ts'
import { stateOfRuled, type ScoreState } from './score-state.ts'
import { scoreTotalsFromState } from './score-totals-from-state.ts'
import type { ScoreModel } from './types.ts'

/**
 * scorePerson's totals at `now` and the ScoreState of the same history (undefined while an event is
 * dated after `now`), the history matched to the model once for both; where there is a state, the
 * totals come from it, without building the contributions.
 */
export function scoreHistory(
  model: ScoreModel,
  subject: ScoringSubject,
  now: Date,
): { readonly score: ScoreTotals; readonly state: ScoreState | undefined } {
  const history = ruleHistory(model, subject.events)
  const facts = { person: subject.person, account: subject.account }
  const state = stateOfRuled(model, history, now)
  const fromState = state && scoreTotalsFromState(model, facts, state)
  if (fromState !== undefined) return { score: fromState, state }
  const { fit, engagement, intent, total, band } = totalContributions(model, [
    ...scoreFit(model, facts),
    ...scoreRuledEvents(history.ruled, history.negatives, now.getTime()),
  ])
  return { score: { fit, engagement, intent, total, band }, state }
}
