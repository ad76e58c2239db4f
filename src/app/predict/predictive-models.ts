import { decidePromotion, resolvePredictivePolicy } from '../../core/predict/index.ts'
import { AppError } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { getScoreModel } from '../scoring/score-models.ts'
import type { StoredScoreModel } from '../scoring/scoring-ports.ts'
import { parseStoredModel, type StoredModel } from './stored-model.ts'

/** What the registry keeps about a predictive version besides the model file. */
export type PredictiveMetrics = {
  readonly algorithm: string
  readonly testAuc: number
  readonly prAuc: number
  readonly logLoss: number
  readonly brier: number
  readonly baseRate: number
  /** The base rate scores every lead alike, so it ranks at random. */
  readonly baselineAuc: number
  readonly positives: number
  readonly negatives: number
  readonly fromOutcomes: boolean
}

/** Outcomes of each class the model saw: its training rows and its held-out test rows. */
export function toPredictiveMetrics(stored: StoredModel): PredictiveMetrics {
  const { model, evaluation } = stored
  const trainPositives = Math.round(model.trainedRows * model.positiveRate)
  const positives = trainPositives + evaluation.positives
  return {
    algorithm: model.algorithm,
    testAuc: evaluation.testAuc,
    prAuc: evaluation.prAuc,
    logLoss: evaluation.logLoss,
    brier: evaluation.brier,
    baseRate: evaluation.baseRate,
    baselineAuc: 0.5,
    positives,
    negatives: model.trainedRows + evaluation.rows - positives,
    fromOutcomes: stored.outcomes !== undefined,
  }
}

/** A stored predictive version, or score_model.not_found / score_model.invalid for another kind. */
export async function getPredictiveModel(
  ctx: UseCaseContext | { readonly store: Stores },
  version: number,
): Promise<StoredScoreModel> {
  const stored = await getScoreModel(ctx, version)
  if (stored.kind === 'predictive') return stored
  throw new AppError(
    'score_model.invalid',
    `Version ${version} is a ${stored.kind} model, not a predictive one; see baton score-model show ${version}.`,
    { details: { version, kind: stored.kind } },
  )
}

/** Every predictive version, oldest first. */
export async function listPredictiveModels(
  ctx: UseCaseContext,
): Promise<readonly StoredScoreModel[]> {
  authorize(ctx, 'score_models.read')
  return (await ctx.store.scoring.models.list()).filter((m) => m.kind === 'predictive')
}

/** Stores a model file (checked first) with its evaluation as the next draft version. */
export async function registerPredictiveModel(
  ctx: UseCaseContext,
  file: unknown,
  options: { readonly name?: string | undefined } = {},
): Promise<StoredScoreModel> {
  authorize(ctx, 'score_models.manage')
  const stored = parseStoredModel(file, 'the model')
  const metrics = toPredictiveMetrics(stored)
  const name =
    options.name ?? `${stored.model.algorithm} on ${stored.outcomes ? 'outcomes' : stored.target}`
  return ctx.store.transaction((tx) =>
    tx.scoring.models.insertDraft({
      name,
      kind: 'predictive',
      document: stored,
      createdBy: ctx.actor,
      metrics,
      trainedAt: new Date(stored.trainedAt),
    }),
  )
}

/**
 * Makes a predictive draft live for the workspace's predictive score (the live one is retired),
 * once it passes the gates: enough outcomes of each class (the agreement's
 * predictive.minOutcomesPerClass, default 50), a test AUC above the baseline, Baton's own fields.
 */
export async function promotePredictiveModel(
  ctx: UseCaseContext,
  version: number,
): Promise<StoredScoreModel> {
  authorize(ctx, 'score_models.manage')
  return ctx.store.transaction(async (tx) => {
    const stored = await getPredictiveModel({ store: tx }, version)
    if (stored.status === 'live') {
      throw new AppError(
        'score_model.not_draft',
        `Predictive model version ${version} is already live.`,
        {
          details: { version, status: stored.status },
        },
      )
    }
    const now = ctx.clock.now()
    const inForce = await tx.agreements.findInForce(now)
    const policy = resolvePredictivePolicy(inForce?.document.predictive)
    const metrics = toPredictiveMetrics(parseStoredModel(stored.document, `version ${version}`))
    const decision = decidePromotion(metrics, policy)
    if (decision.kind === 'refused') {
      throw new AppError(
        'score_model.not_promotable',
        `Predictive model version ${version} cannot go live: ${decision.reason}.`,
        { details: { version, reason: decision.reason, ...metrics, policy } },
      )
    }
    await tx.scoring.models.publish(version, now)
    return getScoreModel({ store: tx }, version)
  })
}

/** Returns to the live predictive version before the current one; the current one is retired. */
export async function rollbackPredictiveModel(ctx: UseCaseContext): Promise<StoredScoreModel> {
  authorize(ctx, 'score_models.manage')
  return ctx.store.transaction(async (tx) => {
    const live = await tx.scoring.models.findLive('predictive')
    if (live?.replacesVersion == null) {
      throw new AppError(
        'score_model.no_previous',
        live === undefined
          ? 'No predictive model is live, so there is nothing to roll back; promote one with baton model promote <version>.'
          : `Predictive model version ${live.version} replaced no earlier live version, so there is nothing to roll back to.`,
        { details: { live: live?.version ?? null } },
      )
    }
    await tx.scoring.models.publish(live.replacesVersion, ctx.clock.now(), { restore: true })
    return getScoreModel({ store: tx }, live.replacesVersion)
  })
}
