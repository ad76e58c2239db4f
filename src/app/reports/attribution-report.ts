import {
  buildAttributionReport,
  nonMarketingOrigins,
  wShapeWeights,
  type AttributionReport,
} from '../../core/analytics/index.ts'
import type { UseCaseContext } from '../context.ts'
import { toReportPeriod, type PeriodRequest } from './report-period.ts'

/**
 * Marketing-sourced and marketing-influenced pipeline and revenue for a period, with first-touch,
 * last-touch, linear and W-shaped credit by channel; the activity types the agreement in force sets
 * rep goals for (conversations, presentations) are sales work, not marketing touches.
 */
export async function attributionReport(
  ctx: UseCaseContext,
  request: Omit<PeriodRequest, 'by'>,
): Promise<AttributionReport> {
  const { from, to } = toReportPeriod({ from: request.from, to: request.to }, ctx.clock.now())
  const inForce = await ctx.store.agreements.findInForce(ctx.clock.now())
  const repActivityTypes = (inForce?.document.goals.activities ?? []).map((goal) =>
    goal.activity.toLowerCase(),
  )
  const facts = await ctx.store.analytics.facts.attributionFacts({
    from,
    to,
    weights: wShapeWeights,
    nonMarketingOrigins,
    repActivityTypes,
  })
  return buildAttributionReport(facts, { from, to })
}
