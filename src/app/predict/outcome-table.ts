import {
  classifyOutcome,
  outcomeReasons,
  resolvePredictivePolicy,
  toFeatureRecord,
  toFeatureTable,
  type FeatureRecord,
  type OutcomeReason,
  type ResolvedPredictivePolicy,
} from '../../core/predict/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { LabeledTable } from './labeled-table.ts'

/** The training table Baton builds from its own history, and how each outcome was decided. */
export type OutcomeTable = {
  readonly data: LabeledTable
  readonly reasons: Readonly<Record<OutcomeReason, number>>
  /** People captured in the period whose outcome is not decided yet (left out). */
  readonly open: number
  readonly policy: ResolvedPredictivePolicy
}

const eventChunk = 1000

/**
 * One labelled row per person captured since `since` whose outcome is decided at now (see
 * classifyOutcome): capture-time fields plus event counts before the outcome, never after it.
 * The agreement in force sets the unresponsive window.
 */
export async function loadOutcomeTable(
  ctx: UseCaseContext,
  options: { readonly since: Date | null },
): Promise<OutcomeTable> {
  const now = ctx.clock.now()
  const inForce = await ctx.store.agreements.findInForce(now)
  const policy = resolvePredictivePolicy(inForce?.document.predictive)
  const facts = await ctx.store.predictive.findOutcomeFacts(options.since)
  const reasons = Object.fromEntries(outcomeReasons.map((r) => [r, 0])) as Record<
    OutcomeReason,
    number
  >
  const decided = facts.flatMap((fact) => {
    const outcome = classifyOutcome(fact.outcome, now, policy.unresponsiveAfterDays)
    if (outcome === undefined) return []
    reasons[outcome.reason] += 1
    return [{ fact, outcome }]
  })
  const records: FeatureRecord[] = []
  for (let start = 0; start < decided.length; start += eventChunk) {
    const chunk = decided.slice(start, start + eventChunk)
    const events = await ctx.store.scoring.people.findEvents(chunk.map((d) => d.fact.personId))
    for (const { fact, outcome } of chunk)
      records.push(toFeatureRecord(fact.capture, events.get(fact.personId) ?? [], outcome.at))
  }
  return {
    data: {
      target: 'outcome',
      positive: 'positive',
      table: toFeatureTable(records),
      labels: decided.map((d) => d.outcome.positive),
      blankTarget: 0,
      malformed: 0,
    },
    reasons,
    open: facts.length - decided.length,
    policy,
  }
}
