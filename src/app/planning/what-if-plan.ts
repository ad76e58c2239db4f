import {
  applyWhatIf,
  buildPlan,
  toWhatIfChange,
  whatIfDelta,
  type InquiryCost,
  type WhatIfResult,
} from '../../core/planning/index.ts'
import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { costReport } from '../reports/cost-report.ts'
import { getPlan } from './plans.ts'

export type PlanWhatIf = WhatIfResult & {
  readonly planId: string
  /** The window cost per inquiry was read from (the cost report). */
  readonly costWindow: { readonly from: Date; readonly to: Date }
}

/**
 * A saved plan recomputed with some rates changed ("mql_to_sql=0.8", or "<channel>:<rate>=<share>"):
 * the change in required counts and in spend, at each channel's cost per inquiry (the plan's own
 * figure, else the cost report of the plan's history window for its lead source, else for all).
 */
export async function whatIfPlan(
  ctx: UseCaseContext,
  id: string,
  set: readonly string[],
): Promise<PlanWhatIf> {
  if (set.length === 0) {
    throw new AppError('request.invalid', 'Name at least one change, e.g. --set mql_to_sql=0.8.', {
      details: { field: 'set' },
    })
  }
  const plan = await getPlan(ctx, id)
  const changes = set.map(toWhatIfChange)
  const { assumptions } = plan
  const before = buildPlan(assumptions.targets, assumptions.channels)
  const after = buildPlan(assumptions.targets, applyWhatIf(assumptions.channels, changes))
  const to = ctx.clock.now()
  const from = new Date(to)
  from.setUTCMonth(from.getUTCMonth() - (assumptions.history?.months ?? 12))
  const cost = await costReport(ctx, { from: from.toISOString(), to: to.toISOString() })
  const costOf = (name: string): InquiryCost => {
    const written = assumptions.costPerInquiryCents[name]
    if (written !== undefined) return { cents: written }
    const leadSource = assumptions.channels.find((c) => c.name === name)?.leadSource
    const row =
      leadSource === undefined ? cost.total : cost.byChannel.find((r) => r.channel === leadSource)
    if (row === undefined)
      return { cents: null, reason: `no spend recorded for "${leadSource ?? ''}"` }
    return row.perInquiry
  }
  return {
    ...whatIfDelta(changes, before, after, costOf),
    planId: plan.id,
    costWindow: { from, to },
  }
}
