import { buildFunnelReport, type StagePair } from '../../core/analytics/index.ts'
import type { CanonicalStage } from '../../core/funnel/index.ts'
import {
  addDays,
  dayOf,
  detectDrift,
  planStages,
  rateNames,
  toDay,
  trackWeeks,
  weekStartOf,
  type ActualWeek,
  type Drift,
  type RateName,
  type RateObservation,
  type TrackedWeek,
} from '../../core/planning/index.ts'
import type { UseCaseContext } from '../context.ts'
import { getPlan } from './plans.ts'
import type { StoredPlan } from './planning-ports.ts'

export type PlanTracking = {
  readonly planId: string
  readonly name: string
  readonly asOf: Date
  readonly weeks: readonly TrackedWeek[]
  readonly drift: readonly Drift[]
  /** The drift findings that need action: rates below or above plan beyond the tolerance. */
  readonly warnings: readonly string[]
}

const pairOf = (rate: RateName): StagePair => {
  const [from, to] = rate.split('_to_') as [CanonicalStage, CanonicalStage]
  return { from, to }
}

async function actualWeeks(ctx: UseCaseContext, from: Date, to: Date): Promise<ActualWeek[]> {
  const pairs = rateNames.map(pairOf)
  const period = { from, to, by: 'week' as const }
  const report = buildFunnelReport(
    await ctx.store.metrics.funnelFacts({ ...period, pairs }),
    period,
    pairs,
  )
  return report.groups.flatMap((group) =>
    group.entered.map((row) => ({
      week: group.group ?? '',
      stage: row.stage,
      count: row.subjects,
    })),
  )
}

// The plan's own conversion over all its channels: what it requires of `to` per `from`.
function plannedTotal(plan: StoredPlan, rate: RateName): number | null {
  const { from, to } = pairOf(rate)
  const lines = plan.result.plan.lines.filter((line) => line.required[from as 'mql'] > 0)
  const need = (stage: string) => lines.reduce((n, l) => n + l.required[stage as 'mql'], 0)
  return lines.length === 0 ? null : need(to) / need(from)
}

async function observe(
  ctx: UseCaseContext,
  plan: StoredPlan,
  rate: RateName,
  from: Date,
  now: Date,
) {
  const channels = plan.assumptions.channels
  const lag = Math.max(0, ...channels.map((c) => c.rates.lagDays[rate] ?? 0))
  // Cohorts younger than the step's lag have not had time to convert.
  const to = addDays(toDay(dayOf(now)), -Math.ceil(lag))
  const pair = pairOf(rate)
  const period = { from, to: to > from ? to : addDays(from, 1), by: 'source' as const }
  const facts =
    to > from
      ? await ctx.store.metrics.funnelFacts({ ...period, pairs: [pair] })
      : { flow: [], cohorts: [] }
  const report = buildFunnelReport(facts, period, [pair])
  const found: RateObservation[] = []
  const total = plannedTotal(plan, rate)
  const whole = report.total.conversions[0]
  if (total !== null)
    found.push({
      channel: null,
      rate,
      planned: total,
      cohort: whole?.cohort ?? 0,
      reached: whole?.reached ?? 0,
    })
  for (const channel of channels) {
    const planned = channel.rates.conversion[rate]?.value
    if (planned === undefined || channel.leadSource === undefined) continue
    const mine = report.groups.find((g) => g.group === channel.leadSource)?.conversions[0]
    found.push({
      channel: channel.name,
      rate,
      planned,
      cohort: mine?.cohort ?? 0,
      reached: mine?.reached ?? 0,
    })
  }
  return found
}

/**
 * Plan vs actual per ISO week and stage from the stage history, and each rate's actual conversion
 * (cohorts old enough to have converted) against the plan's assumption, with drift warnings.
 */
export async function trackPlan(ctx: UseCaseContext, id: string): Promise<PlanTracking> {
  const plan = await getPlan(ctx, id)
  const now = ctx.clock.now()
  const schedule = plan.result.plan.schedule
  const first = schedule[0]?.weekStart
  const base = { planId: plan.id, name: plan.name, asOf: now }
  if (first === undefined) return { ...base, weeks: [], drift: [], warnings: [] }
  const from = toDay(first)
  const actual = now > from ? await actualWeeks(ctx, from, new Date(now.getTime() + 1)) : []
  const weeks = trackWeeks(schedule, actual, dayOf(weekStartOf(now)))
  const observations = (
    await Promise.all(rateNames.map((rate) => observe(ctx, plan, rate, from, now)))
  ).flat()
  const drift = detectDrift(observations, plan.assumptions.drift)
  const order = (d: Drift) => planStages.indexOf(pairOf(d.rate).from as 'mql')
  const warnings = drift
    .filter((d) => d.status === 'below' || d.status === 'above')
    .sort((a, b) => order(a) - order(b))
    .map((d) => d.message)
  return { ...base, weeks, drift, warnings }
}
