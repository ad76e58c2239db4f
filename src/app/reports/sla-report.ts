import {
  buildSlaReport,
  toSlaDimension,
  type SlaDimension,
  type SlaReport,
} from '../../core/analytics/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import { toReportPeriod, type Dimensions, type PeriodRequest } from './report-period.ts'

export const slaSplits: Dimensions<SlaDimension> = {
  parse: toSlaDimension,
  names: 'owner, team, priority',
}

/**
 * SLA compliance of the clocks started in a period, judged now: answered within the response
 * target per priority, unresolved after the resolution limit, first meeting to status update (in
 * the agreement's business time), escalations by step, breaches by owner and team.
 */
export async function slaReport(ctx: UseCaseContext, request: PeriodRequest): Promise<SlaReport> {
  authorize(ctx, 'reports.read')
  const now = ctx.clock.now()
  const period = toReportPeriod(request, now, slaSplits)
  const facts = await ctx.store.analytics.facts.slaFacts(period)
  const inForce = await ctx.store.agreements.findInForce(now)
  return buildSlaReport(facts, period, { now, agreement: inForce?.document ?? null })
}
