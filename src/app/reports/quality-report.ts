import { buildQualityReport, type QualityReport } from '../../core/analytics/index.ts'
import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { authorize } from '../access/authorize.ts'

/** The data-quality report as of now; records untouched for `staleAfterMonths` count as churned. */
export async function qualityReport(
  ctx: UseCaseContext,
  staleAfterMonths = 12,
): Promise<QualityReport> {
  authorize(ctx, 'reports.read')
  if (!Number.isInteger(staleAfterMonths) || staleAfterMonths < 1 || staleAfterMonths > 120) {
    throw new AppError(
      'request.invalid',
      `staleAfterMonths must be a whole number from 1 to 120, not ${staleAfterMonths}.`,
      {
        details: { field: 'staleAfterMonths' },
      },
    )
  }
  const staleBefore = new Date(ctx.clock.now())
  staleBefore.setUTCMonth(staleBefore.getUTCMonth() - staleAfterMonths)
  return buildQualityReport(await ctx.store.reports.qualityFacts(staleBefore), staleAfterMonths)
}
