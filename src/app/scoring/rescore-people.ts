import {
  defaultInactivityDays,
  matchesIdealCustomer,
  planThresholdMoves,
  rollUpAccount,
  scorePerson,
  type PersonScore,
  type ScoreModel,
} from '../../core/scoring/index.ts'
import type { AgreementVersion } from '../../core/agreement/index.ts'
import type { AccountId, PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStageIn, type StageChange } from '../funnel/change-stage.ts'
import type { Stores } from '../ports.ts'
import { reEngagements } from './re-engagements.ts'
import { exitNurtureOnReEngagement } from '../handoff/nurture.ts'
import { toScoreModel } from './read-score-model.ts'
import type { PersonScoreUpdate, ScoringRow, StoredEvent } from './scoring-ports.ts'

/** Whom to re-score: ids, or rows the caller already locked; `newKeys` are their events just recorded. */
export type RescoreBatch = {
  readonly ids: readonly PersonId[]
  readonly locked?: readonly ScoringRow[]
  readonly newKeys?: ReadonlyMap<PersonId, ReadonlySet<string>>
}

/** Locks live people in id order (so concurrent batches queue instead of deadlocking) and reads them. */
export function lockRows(tx: Stores, ids: readonly PersonId[]): Promise<ScoringRow[]> {
  return tx.scoring.people.findRows([...new Set(ids)].sort(), { forUpdate: true })
}

export type RescoreSummary = {
  readonly scored: number
  readonly moves: readonly StageChange[]
  readonly reEngaged: number
}

type Scored = {
  readonly row: ScoringRow
  readonly score: PersonScore
  readonly update: PersonScoreUpdate
}

/** Scores locked rows in memory with one model at `now`; fit sees the agreement's ICP match. */
export function scoreRows(
  model: ScoreModel,
  rows: readonly ScoringRow[],
  events: ReadonlyMap<PersonId, readonly StoredEvent[]>,
  context: { readonly now: Date; readonly inForce: AgreementVersion | undefined },
): Scored[] {
  const profiles = context.inForce?.document.idealCustomerProfiles ?? []
  return rows.map((row) => {
    const account =
      row.account === null
        ? null
        : { ...row.account, icpMatch: matchesIdealCustomer(profiles, row.account) }
    const score = scorePerson(
      model,
      { person: row.person, account, events: events.get(row.id) ?? [] },
      context.now,
    )
    const { fit, engagement, intent, total, band } = score
    const update = { id: row.id, fit, engagement, intent, total, band, scoredAt: context.now }
    return { row, score, update: { ...update, modelVersion: model.version } }
  })
}

async function applyMoves(
  tx: Stores,
  ctx: UseCaseContext,
  scored: readonly Scored[],
  inForce: AgreementVersion,
): Promise<StageChange[]> {
  const moves: StageChange[] = []
  for (const { row, update } of scored) {
    const change = { stage: row.stage, before: row.score, after: update.total }
    for (const toStage of planThresholdMoves(inForce.document, change)) {
      const note = `score ${update.total.toFixed(2)} (score model version ${update.modelVersion}) reached the ${toStage} threshold`
      const subject = { type: 'person', id: row.id } as const
      moves.push(await changeStageIn(tx, ctx, { subject, toStage, note }))
    }
  }
  return moves
}

async function rollUpAccounts(tx: Stores, model: ScoreModel, scored: readonly Scored[], now: Date) {
  const ids = [...new Set(scored.flatMap(({ row }) => (row.accountId ? [row.accountId] : [])))]
  const people = await tx.scoring.people.findAccountPeople(ids)
  const scores = ids.map((id: AccountId) => ({
    id,
    score: rollUpAccount(people.get(id) ?? [], model.accountRollUp).score,
  }))
  await tx.scoring.people.saveAccountScores(scores, now)
}

/**
 * Re-scores people with the live model inside the caller's transaction: their rows are locked in id
 * order first (so concurrent events for one person queue and each threshold is crossed once), their
 * events are read once, scores, bands and model version are saved in one statement, thresholds the
 * agreement in force sets move them through its transitions, and their accounts roll up. People
 * whose new events (`newKeys`) end a long silence raise `person.re_engaged` to their owner.
 */
export async function rescorePeople(
  tx: Stores,
  ctx: UseCaseContext,
  batch: RescoreBatch,
): Promise<RescoreSummary> {
  const now = ctx.clock.now()
  const live = await tx.scoring.models.findLive()
  const rows = batch.locked ?? (await lockRows(tx, batch.ids))
  const newKeys = batch.newKeys ?? new Map<PersonId, ReadonlySet<string>>()
  const events = await tx.scoring.people.findEvents(rows.map((row) => row.id))
  const alerts = reEngagements(rows, events, newKeys, defaultInactivityDays)
  await tx.scoring.people.notify(alerts)
  await exitNurtureOnReEngagement(tx, alerts, now)
  if (live === undefined) return { scored: 0, moves: [], reEngaged: alerts.length }
  const model = toScoreModel(live)
  const inForce = await tx.agreements.findInForce(now)
  const scored = scoreRows(model, rows, events, { now, inForce })
  await tx.scoring.people.saveScores(scored.map((s) => s.update))
  const moves = inForce === undefined ? [] : await applyMoves(tx, ctx, scored, inForce)
  await rollUpAccounts(tx, model, scored, now)
  return { scored: scored.length, moves, reEngaged: alerts.length }
}
