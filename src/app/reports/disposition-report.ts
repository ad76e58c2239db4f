import { buildDispositionReport, type DispositionReport } from '../../core/analytics/index.ts'
import type { CanonicalStage } from '../../core/funnel/index.ts'
import type { UseCaseContext } from '../context.ts'
import { toReportPeriod, type PeriodRequest } from './report-period.ts'
import { authorize } from '../access/authorize.ts'

/** The canonical stages a lead leaves the funnel through, each with a reason code. */
export const exitStages: readonly CanonicalStage[] = ['disqualified', 'nurture', 'lost']

/** Why leads left the funnel in a period: reason-code mix by exit stage and source, with notes. */
export async function dispositionReport(
  ctx: UseCaseContext,
  request: Omit<PeriodRequest, 'by'>,
): Promise<DispositionReport> {
  authorize(ctx, 'reports.read')
  const { from, to } = toReportPeriod({ from: request.from, to: request.to }, ctx.clock.now())
  const facts = await ctx.store.metrics.dispositionFacts({ from, to }, exitStages)
  const inForce = await ctx.store.agreements.findInForce(ctx.clock.now())
  return buildDispositionReport(facts, { from, to }, inForce?.document.reasonCodes ?? [])
}
