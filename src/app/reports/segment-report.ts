import { buildSegmentReport, type SegmentReport } from '../../core/analytics/index.ts'
import { icpFilter, type SegmentFilter } from '../../core/segments/index.ts'
import { AppError } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import { toReportPeriod, type PeriodRequest } from './report-period.ts'

/** Seed 001: "who has not opened or clicked an email in the last 180 days" is inactive. */
export const defaultInactiveAfterDays = 180
export const defaultSegmentListLimit = 50

const dayMs = 86_400_000

function whole(value: number | undefined, fallback: number, field: string, max: number): number {
  const n = value ?? fallback
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new AppError(
      'request.invalid',
      `${field} takes a whole number from 1 to ${max}, not ${n}.`,
      {
        details: { field },
      },
    )
  }
  return n
}

/**
 * Customer segmentation for a period: Pareto A/B/C/D by won revenue, RFM scores, people active vs
 * inactive (no activity in `inactiveAfterDays` before the period's end), the period's lost deals,
 * the universe of people and accounts, and how much of it fits the agreement's ideal customer.
 */
export async function segmentReport(
  ctx: UseCaseContext,
  request: Omit<PeriodRequest, 'by'> & {
    readonly inactiveAfterDays?: number | undefined
    readonly limit?: number | undefined
  },
): Promise<SegmentReport> {
  authorize(ctx, 'reports.read')
  const now = ctx.clock.now()
  const { from, to } = toReportPeriod({ from: request.from, to: request.to }, now)
  const inactiveAfterDays = whole(
    request.inactiveAfterDays,
    defaultInactiveAfterDays,
    'inactiveAfterDays',
    3650,
  )
  const limit = whole(request.limit, defaultSegmentListLimit, 'limit', 500)
  const inForce = await ctx.store.agreements.findInForce(now)
  const icp =
    inForce === undefined
      ? null
      : inForce.document.idealCustomerProfiles.flatMap((profile) => {
          const filter: SegmentFilter | null = icpFilter(profile)
          return filter === null ? [] : [{ product: profile.product, filter }]
        })
  const facts = await ctx.store.analytics.facts.segmentFacts({
    from,
    to,
    activeSince: new Date(to.getTime() - inactiveAfterDays * dayMs),
    lostLimit: limit,
    icp,
  })
  return buildSegmentReport(facts, { from, to }, { inactiveAfterDays, limit })
}
