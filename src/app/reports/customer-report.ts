import { buildCustomerReport, totalGroup, type CustomerReport } from '../../core/analytics/index.ts'
import type { UseCaseContext } from '../context.ts'
import { pipelineSplits } from './pipeline-report.ts'
import { toReportPeriod, type PeriodRequest } from './report-period.ts'

/**
 * Customers for a period: lifetime value from won revenue, new vs expansion and renewal revenue,
 * and market share when the market's sales are recorded for the period; split by the won deal's
 * product or owner, or the customer's cohort (month of its first win).
 */
export async function customerReport(
  ctx: UseCaseContext,
  request: PeriodRequest,
): Promise<CustomerReport> {
  const period = toReportPeriod(request, ctx.clock.now(), pipelineSplits)
  const facts = await ctx.store.analytics.facts.customerFacts(period)
  return buildCustomerReport(facts, period, totalGroup)
}
