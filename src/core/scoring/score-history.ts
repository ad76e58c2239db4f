import type { PersonScore } from './person-score.ts'
import { ruleHistory, scoreRuledEvents } from './score-events.ts'
import { scoreFit } from './score-fit.ts'
import { totalContributions, type ScoringSubject } from './score-person.ts'
import { stateOfRuled, type ScoreState } from './score-state.ts'
import type { ScoreModel } from './types.ts'

/**
 * scorePerson at `now` and the ScoreState of the same history (undefined while an event is dated
 * after `now`), the history matched to the model once for both.
 */
export function scoreHistory(
  model: ScoreModel,
  subject: ScoringSubject,
  now: Date,
): { readonly score: PersonScore; readonly state: ScoreState | undefined } {
  const history = ruleHistory(model, subject.events)
  const score = totalContributions(model, [
    ...scoreFit(model, { person: subject.person, account: subject.account }),
    ...scoreRuledEvents(history.ruled, history.negatives, now.getTime()),
  ])
  return { score, state: stateOfRuled(model, history, now) }
}
