import { AppError, type PersonId } from '../../core/shared/index.ts'
import type { PersonScore } from '../../core/scoring/index.ts'
import type { UseCaseContext } from '../context.ts'
import { predictPerson, type PersonPrediction } from '../predict/predict-person.ts'
import { foundOrThrow } from '../records/found-or-throw.ts'
import { toScoreModel } from './read-score-model.ts'
import { scoreRows } from './rescore-people.ts'
import { getScoreModel } from './score-models.ts'
import { authorize } from '../access/authorize.ts'

/** A person's score with every contribution; `scoredAt` null means it is not stored yet. */
export type ScoreExplanation = PersonScore & {
  readonly personId: PersonId
  readonly modelVersion: number
  readonly scoredAt: Date | null
  readonly at: Date
  /** The live predictive model's probability, scored on request; absent when none is live. */
  readonly prediction?: PersonPrediction
}

/**
 * Explains a person's stored score: their events and facts scored again with the model version
 * and instant that produced it, so the contributions sum exactly to the stored total. A person not
 * scored yet is explained with the live model at now. When a predictive model is live, its
 * probability for the person comes along, scored at now.
 */
export async function explainScore(
  ctx: UseCaseContext,
  personId: PersonId,
): Promise<ScoreExplanation> {
  authorize(ctx, 'scores.read')
  const people = ctx.store.scoring.people
  const [row] = await people.findRows([personId])
  const found = foundOrThrow(row, 'person.not_found', 'person', personId)
  const stored =
    found.scoreModelVersion === null
      ? await ctx.store.scoring.models.findLive()
      : await getScoreModel(ctx, found.scoreModelVersion)
  if (stored === undefined) {
    throw new AppError(
      'score_model.none_live',
      'No score model is live, so nobody is scored; add one (baton score-model add <file>) and publish it.',
    )
  }
  const at = found.scoredAt ?? ctx.clock.now()
  const inForce = await ctx.store.agreements.findInForce(at)
  const events = await people.findEvents([found.id])
  const [scored] = scoreRows(toScoreModel(stored), [found], events, { now: at, inForce })
  if (scored === undefined) throw new Error('scoreRows returned no score for one row')
  const prediction = await predictPerson(ctx, personId)
  const explained = { ...scored.score, personId, modelVersion: stored.version }
  return {
    ...explained,
    scoredAt: found.scoredAt,
    at,
    ...(prediction === undefined ? {} : { prediction }),
  }
}
