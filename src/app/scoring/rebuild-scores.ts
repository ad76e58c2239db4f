import { AppError, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { backTestModel, type BackTest } from './back-test-model.ts'
import { rescorePeople } from './rescore-people.ts'
import { getScoreModel } from './score-models.ts'
import { authorize } from '../access/authorize.ts'

export type Rebuilt = {
  readonly kind: 'rebuilt'
  readonly modelVersion: number
  readonly people: number
  readonly chunks: number
  readonly moves: number
}

export type RebuildOptions = {
  /** A version that is not live is back-tested (nothing is written); the live one is rebuilt. */
  readonly model?: number
  readonly chunkSize?: number
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void
}

/** People per chunk: each chunk is its own short transaction. */
export const defaultChunkSize = 1000

/**
 * Recomputes every live person's score with the live model, `chunkSize` people at a time, each
 * chunk in its own transaction (rows locked only for that chunk, never the whole table); thresholds
 * crossed on the way move people as in real time. With a non-live `model` it back-tests instead.
 */
export async function rebuildScores(
  ctx: UseCaseContext,
  options: RebuildOptions = {},
): Promise<Rebuilt | BackTest> {
  authorize(ctx, 'score_models.manage')
  const chunkSize = options.chunkSize ?? defaultChunkSize
  const live = await ctx.store.scoring.models.findLive()
  if (options.model !== undefined && options.model !== live?.version)
    return backTestModel(ctx, await getScoreModel(ctx, options.model), chunkSize)
  if (live === undefined) {
    throw new AppError(
      'score_model.none_live',
      'No score model is live; add one (baton score-model add <file>) and publish it, or name a version to back-test with --model.',
    )
  }
  const total = await ctx.store.scoring.people.countLive()
  let after: PersonId | null = null
  let done = 0
  let chunks = 0
  let moves = 0
  for (;;) {
    const ids = await ctx.store.scoring.people.listIds(after, chunkSize)
    if (ids.length === 0) break
    after = ids[ids.length - 1] ?? null
    const summary = await ctx.store.transaction((tx) => rescorePeople(tx, ctx, { ids }))
    done += ids.length
    chunks += 1
    moves += summary.moves.length
    options.onProgress?.({ done, total })
  }
  return { kind: 'rebuilt', modelVersion: live.version, people: done, chunks, moves }
}
