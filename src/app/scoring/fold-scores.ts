import type { AgreementVersion } from '../../core/agreement/index.ts'
import {
  foldScoreState,
  matchesIdealCustomer,
  scoreTotalsFromState,
  type ScoreTotals,
  type ScoreModel,
  type ScoreState,
  type ScoringEvent,
  type ScoringFacts,
} from '../../core/scoring/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { Silence } from './re-engagements.ts'
import type { ScoringRow } from './scoring-ports.ts'

/** A row's facts as fit rules see them: the account's ICP match comes from the agreement in force. */
export function factsOf(row: ScoringRow, inForce: AgreementVersion | undefined): ScoringFacts {
  const profiles = inForce?.document.idealCustomerProfiles ?? []
  const account =
    row.account === null
      ? null
      : { ...row.account, icpMatch: matchesIdealCustomer(profiles, row.account) }
  return { person: row.person, account }
}

/** The instant people are scored at and the agreement in force then. */
export type ScoringMoment = {
  readonly now: Date
  readonly inForce: AgreementVersion | undefined
}

export type Folded = {
  readonly score: ScoreTotals
  readonly state: ScoreState
  readonly silence: Silence
}

/**
 * The people whose new events fold exactly into the state their last score kept (same model, no
 * event ahead of `now`, no scored event at the instant of another), scored without reading their
 * history; the others are left out, for the caller to score from their whole history.
 */
export function foldScores(
  model: ScoreModel,
  rows: readonly ScoringRow[],
  fresh: ReadonlyMap<PersonId, readonly ScoringEvent[]>,
  context: ScoringMoment,
): Map<PersonId, Folded> {
  const folded = new Map<PersonId, Folded>()
  for (const row of rows) {
    const events = fresh.get(row.id)
    if (row.scoreState == null || events === undefined || events.length === 0) continue
    const state = foldScoreState(model, row.scoreState, events, context.now)
    if (state === undefined) continue
    const score = scoreTotalsFromState(model, factsOf(row, context.inForce), state)
    if (score === undefined) continue
    const firstNew = events.reduce(
      (min, e) => (e.occurredAt < min ? e.occurredAt : min),
      events[0]?.occurredAt ?? context.now,
    )
    const lastBefore =
      row.scoreState.lastEventAtMs === null ? undefined : new Date(row.scoreState.lastEventAtMs)
    folded.set(row.id, { score, state, silence: { lastBefore, firstNew } })
  }
  return folded
}
