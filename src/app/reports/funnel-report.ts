import {
  buildFunnelReport,
  buildVelocityReport,
  funnelPairs,
  totalGroup,
  type FunnelReport,
  type VelocityReport,
} from '../../core/analytics/index.ts'
import type { UseCaseContext } from '../context.ts'
import { toReportPeriod, type PeriodRequest } from './report-period.ts'
import { authorize } from '../access/authorize.ts'

/** The lead funnel for a period: entries per stage and cohort conversion, optionally split. */
export async function funnelReport(
  ctx: UseCaseContext,
  request: PeriodRequest,
): Promise<FunnelReport> {
  authorize(ctx, 'reports.read')
  const period = toReportPeriod(request, ctx.clock.now())
  const pairs = funnelPairs()
  const facts = await ctx.store.metrics.funnelFacts({ ...period, pairs })
  return buildFunnelReport(facts, period, pairs)
}

/** Time between stages for a period's cohorts (median, p75, p90 calendar days), optionally split. */
export async function velocityReport(
  ctx: UseCaseContext,
  request: PeriodRequest,
): Promise<VelocityReport> {
  authorize(ctx, 'reports.read')
  const period = toReportPeriod(request, ctx.clock.now())
  const pairs = funnelPairs()
  const facts = await ctx.store.metrics.velocityFacts({ ...period, pairs })
  return buildVelocityReport(facts, period, pairs, totalGroup)
}
