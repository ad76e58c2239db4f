import {
  addBusinessVelocity,
  buildFunnelReport,
  buildVelocityReport,
  funnelPairs,
  totalGroup,
  type FunnelReport,
  type VelocityReport,
} from '../../core/analytics/index.ts'
import type { UseCaseContext } from '../context.ts'
import { AppError } from '../../core/shared/index.ts'
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

/** Which clock the velocity report reads: calendar days, or working hours as well. */
export type VelocityRequest = PeriodRequest & {
  readonly time?: 'calendar' | 'business' | undefined
}

/**
 * Time between stages for a period's cohorts (median, p75, p90 calendar days), optionally split;
 * with `time: 'business'` also in working hours on the calendar of the agreement in force.
 */
export async function velocityReport(
  ctx: UseCaseContext,
  request: VelocityRequest,
): Promise<VelocityReport> {
  authorize(ctx, 'reports.read')
  const period = toReportPeriod(request, ctx.clock.now())
  const pairs = funnelPairs()
  const facts = await ctx.store.metrics.velocityFacts({ ...period, pairs })
  const report = buildVelocityReport(facts, period, pairs, totalGroup)
  if (request.time !== 'business') return report
  const inForce = await ctx.store.agreements.findInForce(ctx.clock.now())
  if (inForce === undefined)
    throw new AppError(
      'agreement.none_in_force',
      'Business time is counted on the calendar of the agreement in force, and none is in force; sign one (baton agreement sign) or ask for calendar time.',
    )
  const intervals = await ctx.store.metrics.velocityIntervals({ ...period, pairs })
  return addBusinessVelocity(report, intervals, inForce.document.calendar)
}
