import { stageThresholds } from '../../core/scoring/index.ts'
import { AppError, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { toScoreModel } from './read-score-model.ts'
import { scoreRows } from './rescore-people.ts'
import type { StoredScoreModel } from './scoring-ports.ts'

/** How one model would have qualified today's people: at or above the MQL threshold, then SQL. */
export type ModelOutcome = {
  readonly version: number
  readonly atOrAboveMql: number
  readonly reachedSql: number
  /** reachedSql / atOrAboveMql in percent (1 decimal); null when nobody is at or above. */
  readonly mqlToSqlPct: number | null
}

export type BackTest = {
  readonly kind: 'back_test'
  readonly people: number
  readonly mqlThreshold: number
  readonly candidate: ModelOutcome
  readonly live: ModelOutcome | null
}

type Tally = { version: number; atOrAboveMql: number; reachedSql: number }

const toOutcome = (tally: Tally): ModelOutcome => ({
  ...tally,
  mqlToSqlPct:
    tally.atOrAboveMql === 0
      ? null
      : Math.round((1000 * tally.reachedSql) / tally.atOrAboveMql) / 10,
})

/**
 * Scores every live person with a model that is not live (read only, in chunks of `chunkSize`)
 * and, next to it, with the live one: how many are at or above the agreement's MQL threshold now,
 * and how many of those ever reached sql — the monthly review of a model against outcomes.
 */
export async function backTestModel(
  ctx: UseCaseContext,
  candidate: StoredScoreModel,
  chunkSize: number,
): Promise<BackTest> {
  const now = ctx.clock.now()
  const inForce = await ctx.store.agreements.findInForce(now)
  if (inForce === undefined) {
    throw new AppError(
      'agreement.none_in_force',
      'A back-test counts people at the agreement’s MQL threshold; sign an agreement first.',
    )
  }
  const mqlThreshold = stageThresholds(inForce.document).find((t) => t.stage === 'mql')?.score ?? 0
  const live = await ctx.store.scoring.models.findLive()
  const models = [candidate, ...(live ? [live] : [])].map(toScoreModel)
  const tallies: Tally[] = models.map((m) => ({
    version: m.version,
    atOrAboveMql: 0,
    reachedSql: 0,
  }))
  const people = ctx.store.scoring.people
  let after: PersonId | null = null
  let count = 0
  for (;;) {
    const ids = await people.listIds(after, chunkSize)
    if (ids.length === 0) break
    after = ids[ids.length - 1] ?? null
    count += ids.length
    const rows = await people.findRows(ids)
    const events = await people.findEvents(ids)
    const reached = await people.findReached(ids, 'sql')
    models.forEach((model, index) => {
      const tally = tallies[index]
      if (tally === undefined) return
      for (const { row, update } of scoreRows(model, rows, events, { now, inForce })) {
        if (update.total < mqlThreshold) continue
        tally.atOrAboveMql += 1
        if (reached.has(row.id)) tally.reachedSql += 1
      }
    })
  }
  const [mine, theirs] = tallies.map(toOutcome)
  if (mine === undefined) throw new Error('back-test lost its candidate')
  return { kind: 'back_test', people: count, mqlThreshold, candidate: mine, live: theirs ?? null }
}
