import { buildCostReport, type CostReport } from '../../core/analytics/index.ts'
import type { UseCaseContext } from '../context.ts'
import { toReportPeriod, type PeriodRequest } from './report-period.ts'
import { authorize } from '../access/authorize.ts'

/**
 * Spend recorded on this channel is the sales team's cost (salaries, tools), counted in the cost per
 * customer only; every other channel is a marketing channel whose leads carry it as their source.
 */
export const salesSpendChannel = 'sales'

/** What each stage of the funnel costs for a period, by channel, from recorded spend. */
export async function costReport(
  ctx: UseCaseContext,
  request: Omit<PeriodRequest, 'by'>,
): Promise<CostReport> {
  authorize(ctx, 'reports.read')
  const { from, to } = toReportPeriod({ from: request.from, to: request.to }, ctx.clock.now())
  const facts = await ctx.store.metrics.costFacts({ from, to })
  return buildCostReport(facts, { from, to }, salesSpendChannel)
}
