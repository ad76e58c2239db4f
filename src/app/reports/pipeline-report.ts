import {
  buildPipelineReport,
  toPipelineDimension,
  totalGroup,
  type PipelineDimension,
  type PipelineReport,
} from '../../core/analytics/index.ts'
import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { toReportPeriod, type Dimensions, type PeriodRequest } from './report-period.ts'
import { authorize } from '../access/authorize.ts'

/**
 * Where the agreement is silent: an open deal whose stage has not moved for 90 days has "gone dark"
 * and keeps half its weight (seed 002 asks to discount aged pipeline; the numbers are defaults).
 */
export const defaultSilentAfterDays = 90
export const silentDealWeight = 0.5

export const pipelineSplits: Dimensions<PipelineDimension> = {
  parse: toPipelineDimension,
  names: 'product, owner, cohort, source',
}

const dayMs = 86_400_000

/**
 * The sales pipeline for a period: deals opened in it by stage, open ones weighted by the stage
 * probabilities of the agreement in force, and deals closed in it (win rate, average deal, cycle).
 */
export async function pipelineReport(
  ctx: UseCaseContext,
  request: PeriodRequest & { readonly silentAfterDays?: number | undefined },
): Promise<PipelineReport> {
  authorize(ctx, 'reports.read')
  const period = toReportPeriod(request, ctx.clock.now(), pipelineSplits)
  const silentAfterDays = request.silentAfterDays ?? defaultSilentAfterDays
  if (!Number.isInteger(silentAfterDays) || silentAfterDays < 1 || silentAfterDays > 3650) {
    throw new AppError(
      'request.invalid',
      `silentAfterDays must be a whole number of days from 1 to 3650, not ${silentAfterDays}.`,
      { details: { field: 'silentAfterDays' } },
    )
  }
  const inForce = await ctx.store.agreements.findInForce(ctx.clock.now())
  const probabilityByStage = new Map(
    (inForce?.document.funnel.opportunityStages ?? []).map((stage) => [
      stage.name.toLowerCase(),
      stage.probabilityPct / 100,
    ]),
  )
  const silentBefore = new Date(period.to.getTime() - silentAfterDays * dayMs)
  const facts = await ctx.store.metrics.pipelineFacts({ ...period, silentBefore })
  const policy = { probabilityByStage, silentAfterDays, silentWeight: silentDealWeight }
  return buildPipelineReport(facts, period, policy, totalGroup)
}
