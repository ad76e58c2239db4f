import {
  describeContributions,
  describeFeature,
  explainRows,
  predictProbabilities,
  toFeatureRecord,
  toFeatureTable,
} from '../../core/predict/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { StoredScoreModel } from '../scoring/scoring-ports.ts'
import { parseStoredModel, type StoredModel } from './stored-model.ts'
import { authorize } from '../access/authorize.ts'

/** One feature's push on a person's predicted odds, named in words. */
export type PredictionContribution = {
  readonly feature: string
  readonly label: string
  readonly value: string
  readonly logOdds: number
}

/** A person's probability of converting under the live predictive model, scored on request. */
export type PersonPrediction = {
  readonly modelVersion: number
  readonly probability: number
  readonly at: Date
  readonly contributions: readonly PredictionContribution[]
  /** The top contributions in plain words. */
  readonly explanation: string
}

// A stored version never changes; keep the few in use parsed.
const parsed = new Map<string, StoredModel>()

function modelOf(stored: StoredScoreModel): StoredModel {
  const key = `${stored.version}:${stored.createdAt.toISOString()}`
  const known = parsed.get(key)
  if (known) return known
  const model = parseStoredModel(stored.document, `predictive model version ${stored.version}`)
  if (parsed.size >= 10) parsed.clear()
  parsed.set(key, model)
  return model
}

/**
 * Scores a person with the live predictive model at now, from what was known at capture and the
 * events so far, with the three features that moved the odds most; undefined when none is live.
 */
export async function predictPerson(
  ctx: UseCaseContext,
  personId: PersonId,
): Promise<PersonPrediction | undefined> {
  authorize(ctx, 'scores.read')
  const live = await ctx.store.scoring.models.findLive('predictive')
  if (live === undefined) return undefined
  const capture = (await ctx.store.predictive.findCaptureFacts([personId])).get(personId)
  if (capture === undefined) return undefined
  const events = (await ctx.store.scoring.people.findEvents([personId])).get(personId) ?? []
  const at = ctx.clock.now()
  const { model } = modelOf(live)
  const table = toFeatureTable([toFeatureRecord(capture, events, at)], model.features)
  const [probability = 0] = predictProbabilities(model, table)
  const top = explainRows(model, table, 3)[0] ?? []
  const contributions = top.map((c) => ({ ...c, label: describeFeature(c.feature) }))
  return {
    modelVersion: live.version,
    probability,
    at,
    contributions,
    explanation: describeContributions(contributions.map((c) => ({ ...c, feature: c.label }))),
  }
}
