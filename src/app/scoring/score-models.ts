import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { readScoreModel, toScoreModel } from './read-score-model.ts'
import type { StoredScoreModel } from './scoring-ports.ts'
import { authorize } from '../access/authorize.ts'

/** The stored version, or `score_model.not_found` naming the versions there are. */
export async function getScoreModel(
  ctx: UseCaseContext | { readonly store: Stores },
  version: number,
): Promise<StoredScoreModel> {
  // Inside another use case's transaction (only stores) the caller was authorized already.
  if ('actor' in ctx) authorize(ctx, 'score_models.read')
  const found = await ctx.store.scoring.models.find(version)
  if (found) return found
  const known = (await ctx.store.scoring.models.list()).map((m) => m.version)
  const hint =
    known.length === 0
      ? 'none is stored yet (baton score-model add <file>)'
      : `stored: ${known.join(', ')}`
  throw new AppError(
    'score_model.not_found',
    `There is no score model version ${version}; ${hint}.`,
    {
      details: { version, known },
    },
  )
}

/** Every version, oldest first. */
export function listScoreModels(ctx: UseCaseContext): Promise<readonly StoredScoreModel[]> {
  authorize(ctx, 'score_models.read')
  return ctx.store.scoring.models.list()
}

/** Stores a valid rules document as the next draft version; a document with errors is refused whole. */
export async function addScoreModel(
  ctx: UseCaseContext,
  document: unknown,
): Promise<StoredScoreModel> {
  authorize(ctx, 'score_models.manage')
  const model = readScoreModel(document)
  return ctx.store.transaction((tx) =>
    tx.scoring.models.insertDraft({
      name: model.name,
      kind: 'rules',
      document: model,
      createdBy: ctx.actor,
    }),
  )
}

/**
 * Makes a draft the live model: it is checked again, the live one is retired, and from then on
 * events are scored with it (existing scores change on the next event or `baton score rebuild`).
 * Publishing a retired version again rolls back to it.
 */
export async function publishScoreModel(
  ctx: UseCaseContext,
  version: number,
): Promise<StoredScoreModel> {
  authorize(ctx, 'score_models.manage')
  return ctx.store.transaction(async (tx) => {
    const stored = await getScoreModel({ store: tx }, version)
    if (stored.status === 'live') {
      throw new AppError(
        'score_model.not_draft',
        `Score model version ${version} is already live.`,
        {
          details: { version, status: stored.status },
        },
      )
    }
    if (stored.kind !== 'rules') {
      throw new AppError(
        'score_model.invalid',
        `Version ${version} is a ${stored.kind} model; publish rules models here and promote predictive ones with baton model promote ${version}.`,
        {
          details: { version, kind: stored.kind },
        },
      )
    }
    toScoreModel(stored)
    await tx.scoring.models.publish(version, ctx.clock.now())
    return getScoreModel({ store: tx }, version)
  })
}
