import {
  buildFunnelReport,
  buildLeakReport,
  totalGroup,
  type ConversionTarget,
  type LeakReport,
  type StagePair,
} from '../../core/analytics/index.ts'
import type { UseCaseContext } from '../context.ts'
import { funnelBenchmarks } from './funnel-benchmarks.ts'
import { toReportPeriod, type PeriodRequest } from './report-period.ts'

const key = (pair: StagePair) => `${pair.from}>${pair.to}`

/** The agreement's conversion goals, then the benchmarks for pairs it sets no goal for. */
async function targetsOf(ctx: UseCaseContext) {
  const inForce = await ctx.store.agreements.findInForce(ctx.clock.now())
  const goals = inForce?.document.goals
  const agreed: ConversionTarget[] = (goals?.conversions ?? []).map((goal) => ({
    ...goal,
    basis: 'agreement',
  }))
  const set = new Set(agreed.map(key))
  const benchmarks = (await funnelBenchmarks()).filter((b) => !set.has(key(b)))
  return {
    targets: [...agreed, ...benchmarks],
    responseCompliancePct: goals?.responseCompliancePct,
  }
}

/**
 * Revenue leaks for a period: each conversion short of its goal (agreement, else benchmark), per
 * group when split, priced by the funnel's conversion to won and the average deal won in the
 * period, largest first; and response compliance against the agreement's share.
 */
export async function leakReport(ctx: UseCaseContext, request: PeriodRequest): Promise<LeakReport> {
  const period = toReportPeriod(request, ctx.clock.now())
  const { targets, responseCompliancePct } = await targetsOf(ctx)
  const wanted = [...targets, ...targets.map((t) => ({ from: t.to, to: 'won' as const }))]
  const pairs = [...new Map(wanted.map((p) => [key(p), { from: p.from, to: p.to }])).values()]
  const facts = await ctx.store.metrics.funnelFacts({ ...period, pairs })
  const deals = await ctx.store.metrics.pipelineFacts({
    from: period.from,
    to: period.to,
    by: null,
    silentBefore: period.to,
  })
  const closes = deals.closes.find((row) => row.group === totalGroup)
  const averageDealCents =
    closes === undefined || closes.won === 0 ? null : Math.round(closes.wonAmountCents / closes.won)
  const sla = await ctx.store.analytics.facts.responseCompliance(period)
  return buildLeakReport({
    funnel: buildFunnelReport(facts, period, pairs),
    targets,
    averageDealCents,
    sla,
    responseCompliancePct,
  })
}
