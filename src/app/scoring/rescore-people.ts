import {
  defaultInactivityDays,
  planThresholdMoves,
  rollUpAccount,
  scorePerson,
  scoreHistory,
  type PersonScore,
  type ScoreTotals,
  type ScoreModel,
  type ScoringEvent,
} from '../../core/scoring/index.ts'
import type { AgreementVersion } from '../../core/agreement/index.ts'
import type { AccountId, PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStageIn, type StageChange } from '../funnel/change-stage.ts'
import type { Stores } from '../ports.ts'
import { factsOf, foldScores, type Folded, type ScoringMoment } from './fold-scores.ts'
import { reEngagements, silencesOf, type Silence } from './re-engagements.ts'
import { exitNurtureOnReEngagement } from '../handoff/nurture.ts'
import { toScoreModel } from './read-score-model.ts'
import type { PersonScoreUpdate, ScoringRow, StoredEvent } from './scoring-ports.ts'

/** Whom to re-score: ids, or rows the caller already locked; `newKeys` are their events just recorded. */
export type RescoreBatch = {
  readonly ids: readonly PersonId[]
  readonly locked?: readonly ScoringRow[]
  readonly newKeys?: ReadonlyMap<PersonId, ReadonlySet<string>>
  /** Those new events themselves, when the caller has them, to fold into each score state. */
  readonly fresh?: ReadonlyMap<PersonId, readonly ScoringEvent[]>
  /** The model and agreement to score with, when the caller read them (readScoring). */
  readonly scoring?: ScoringRead
  /** `fresh` already folded with `scoring` (foldScores), when the caller did it. */
  readonly folded?: ReadonlyMap<PersonId, Folded>
}

/** The instant, the live model (undefined when none is) and the agreement in force then. */
export type ScoringRead = ScoringMoment & { readonly model: ScoreModel | undefined }

/** What rescorePeople scores with at `now`: the live model and the agreement in force. */
export async function readScoring(tx: Stores, now: Date): Promise<ScoringRead> {
  const live = await tx.scoring.models.findLive()
  const model = live === undefined ? undefined : toScoreModel(live)
  const inForce = live === undefined ? undefined : await tx.agreements.findInForce(now)
  return { now, model, inForce }
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

type Scored<Score extends ScoreTotals = ScoreTotals> = {
  readonly row: ScoringRow
  readonly score: Score
  readonly update: PersonScoreUpdate
}

/** Scores locked rows in memory with one model at `now`; fit sees the agreement's ICP match. */
export function scoreRows(
  model: ScoreModel,
  rows: readonly ScoringRow[],
  events: ReadonlyMap<PersonId, readonly StoredEvent[]>,
  context: ScoringMoment,
): Scored<PersonScore>[] {
  return rows.map((row) => {
    const facts = factsOf(row, context.inForce)
    const score = scorePerson(model, { ...facts, events: events.get(row.id) ?? [] }, context.now)
    return toScored(model, row, score, context.now)
  })
}

function toScored<Score extends ScoreTotals>(
  model: ScoreModel,
  row: ScoringRow,
  score: Score,
  now: Date,
): Scored<Score> {
  const { fit, engagement, intent, total, band } = score
  const update = { id: row.id, fit, engagement, intent, total, band, scoredAt: now }
  return { row, score, update: { ...update, modelVersion: model.version } }
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

// People whose new events fold into their kept state are scored from it; the rest read their whole
// history once, and keep its state for the next batch.
async function scoreBatch(
  tx: Stores,
  rows: readonly ScoringRow[],
  batch: RescoreBatch,
  at: ScoringRead,
) {
  const { now, model, inForce } = at
  const folded =
    batch.folded ??
    (model === undefined || batch.fresh === undefined
      ? new Map<PersonId, Folded>()
      : foldScores(model, rows, batch.fresh, { now, inForce }))
  const rest = rows.filter((row) => !folded.has(row.id))
  const events = await tx.scoring.people.findEvents(rest.map((row) => row.id))
  const silences = new Map<PersonId, Silence>([
    ...silencesOf(events, batch.newKeys ?? new Map<PersonId, ReadonlySet<string>>()),
    ...[...folded].map(([id, f]) => [id, f.silence] as const),
  ])
  if (model === undefined) return { silences, scored: [] }
  const scored = rows.map((row) => {
    const kept = folded.get(row.id)
    if (kept !== undefined) return { ...toScored(model, row, kept.score, now), state: kept.state }
    const subject = { ...factsOf(row, inForce), events: events.get(row.id) ?? [] }
    const { score, state } = scoreHistory(model, subject, now)
    return { ...toScored(model, row, score, now), state: state ?? null }
  })
  return { silences, scored }
}

/**
 * Re-scores people with the live model inside the caller's transaction: their rows are locked in id
 * order first (so concurrent events for one person queue and each threshold is crossed once), new
 * events fold into the state each score keeps of the history where that is exact (else the history
 * is read once for the batch), scores, bands, model version and state are saved in one statement,
 * thresholds the agreement in force sets move them through its transitions, and their accounts roll
 * up. People whose new events (`newKeys`) end a long silence raise `person.re_engaged` to their owner.
 */
export async function rescorePeople(
  tx: Stores,
  ctx: UseCaseContext,
  batch: RescoreBatch,
): Promise<RescoreSummary> {
  const at = batch.scoring ?? (await readScoring(tx, ctx.clock.now()))
  const { now, model, inForce } = at
  const rows = batch.locked ?? (await lockRows(tx, batch.ids))
  const { silences, scored } = await scoreBatch(tx, rows, batch, at)
  const alerts = reEngagements(rows, silences, defaultInactivityDays)
  await tx.scoring.people.notify(alerts)
  await exitNurtureOnReEngagement(tx, alerts, now)
  if (model === undefined) return { scored: 0, moves: [], reEngaged: alerts.length }
  await tx.scoring.people.saveScores(scored.map((s) => ({ ...s.update, state: s.state })))
  const moves = inForce === undefined ? [] : await applyMoves(tx, ctx, scored, inForce)
  await rollUpAccounts(tx, model, scored, now)
  return { scored: scored.length, moves, reEngaged: alerts.length }
}
