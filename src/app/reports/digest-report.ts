import {
  buildDigest,
  buildFunnelReport,
  funnelPairs,
  type Digest,
  type DigestWeek,
  type StagePair,
} from '../../core/analytics/index.ts'
import type { Goals } from '../../core/agreement/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import { customerReport } from './customer-report.ts'
import { leakReport } from './leak-report.ts'
import { toReportPeriod } from './report-period.ts'
import { slaReport } from './sla-report.ts'

const weekMs = 7 * 86_400_000

async function weekOf(
  ctx: UseCaseContext,
  period: { readonly from: Date; readonly to: Date },
  pairs: readonly StagePair[],
): Promise<DigestWeek> {
  const facts = await ctx.store.metrics.funnelFacts({ ...period, by: null, pairs })
  const iso = { from: period.from.toISOString(), to: period.to.toISOString() }
  const customers = await customerReport(ctx, iso)
  return {
    funnel: buildFunnelReport(facts, { ...period, by: null }, pairs),
    sla: await slaReport(ctx, iso),
    wonCents: customers.total.revenue.totalCents,
    wonDeals: customers.total.revenue.wonDeals,
  }
}

function pairsFor(goals: Goals | null): StagePair[] {
  const wanted = [
    ...funnelPairs(),
    ...(goals?.conversions ?? []).map(({ from, to }) => ({ from, to })),
  ]
  return [...new Map(wanted.map((p) => [`${p.from}>${p.to}`, p])).values()]
}

/**
 * The weekly digest for the sales and marketing meeting: the 7 days before `to` (default now)
 * against the 7 before them, with the agreement's goals, the week's top leaks and SLA breaches by
 * team, built from the funnel, customer, SLA and leak reports.
 */
export async function digestReport(
  ctx: UseCaseContext,
  request: { readonly to?: string | undefined },
): Promise<Digest> {
  authorize(ctx, 'reports.read')
  const now = ctx.clock.now()
  const to = request.to === undefined ? now : toReportPeriod({ to: request.to }, now).to
  const from = new Date(to.getTime() - weekMs)
  const inForce = await ctx.store.agreements.findInForce(now)
  const goals = inForce?.document.goals ?? null
  const pairs = pairsFor(goals)
  return buildDigest({
    thisWeek: await weekOf(ctx, { from, to }, pairs),
    lastWeek: await weekOf(ctx, { from: new Date(from.getTime() - weekMs), to: from }, pairs),
    leaks: await leakReport(ctx, { from: from.toISOString(), to: to.toISOString() }),
    goals,
  })
}
