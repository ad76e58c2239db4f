import { buildActivityReport, type ActivityReport } from '../../core/analytics/index.ts'
import { AppError } from '../../core/shared/index.ts'
import { workingDaysBetween } from '../../core/sla/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import { toReportPeriod, type PeriodRequest } from './report-period.ts'

const dayMs = 86_400_000
/** Without --from the report covers the week before the period's end. */
export const defaultActivityDays = 7
const maxActivityDays = 3660

/**
 * Activity goals per rep against what each did in the period (default: the last 7 days): the
 * agreement's goals per team and working day, counted in its business calendar's working days.
 */
export async function activityReport(
  ctx: UseCaseContext,
  request: Omit<PeriodRequest, 'by'>,
): Promise<ActivityReport> {
  authorize(ctx, 'reports.read')
  const now = ctx.clock.now()
  const { to } = toReportPeriod({ to: request.to }, now)
  const from =
    request.from === undefined
      ? new Date((request.to === undefined ? now : to).getTime() - defaultActivityDays * dayMs)
      : toReportPeriod({ from: request.from, to: request.to }, now).from
  if (to.getTime() - from.getTime() > maxActivityDays * dayMs) {
    throw new AppError(
      'request.invalid',
      `An activity report covers at most ${maxActivityDays} days; give a later --from.`,
      { details: { field: 'from' } },
    )
  }
  const inForce = await ctx.store.agreements.findInForce(now)
  if (!inForce) {
    throw new AppError(
      'agreement.none_in_force',
      'No agreement is in force, and activity goals come from it; sign one (baton agreement sign) first.',
    )
  }
  const goals = inForce.document.goals.activities ?? []
  const facts = await ctx.store.analytics.facts.activityFacts({
    from,
    to,
    types: [...new Set(goals.map((g) => g.activity))],
  })
  const workingDays = workingDaysBetween(inForce.document.calendar, from, to)
  return buildActivityReport({ goals, ...facts, workingDays }, { from, to })
}
