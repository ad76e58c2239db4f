import {
  buildFunnelReport,
  buildPipelineReport,
  buildVelocityReport,
  totalGroup,
  type Conversion,
  type StagePair,
} from '../../core/analytics/index.ts'
import type { CanonicalStage } from '../../core/funnel/index.ts'
import { rateLabel, rateNames, type RateName } from '../../core/planning/index.ts'
import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { authorize } from '../access/authorize.ts'

/** A conversion as history shows it, with its sample; value null (with the reason) when unusable. */
export type HistoryRate = {
  readonly value: number | null
  readonly cohort: number
  readonly reached: number
  readonly reason?: string
  /** Set when the sample is small: the rate may be noise. */
  readonly warning?: string
}

/** One lead source's rates over the window (leadSource null: every lead). */
export type SourceHistory = {
  readonly leadSource: string | null
  readonly conversion: Readonly<Record<RateName, HistoryRate>>
  /** Median calendar days per step; null when nobody made the step. */
  readonly lagDays: Readonly<Record<RateName, number | null>>
  readonly averageDealCents: {
    readonly value: number | null
    readonly deals: number
    readonly reason?: string
  }
}

export type HistoryRates = {
  readonly from: Date
  readonly to: Date
  readonly months: number
  readonly minSample: number
  readonly total: SourceHistory
  readonly bySource: readonly SourceHistory[]
}

const pairOf = (rate: RateName): StagePair => {
  const [from, to] = rate.split('_to_') as [CanonicalStage, CanonicalStage]
  return { from, to }
}
const pairs = rateNames.map(pairOf)

/** Small when fewer than `minSample` entered the stage, or fewer than 10 moved on or stayed (the normal approximation's rule). */
function toHistoryRate(
  rate: RateName,
  who: string,
  c: Conversion | undefined,
  minSample: number,
): HistoryRate {
  const cohort = c?.cohort ?? 0
  const reached = c?.reached ?? 0
  if (cohort === 0)
    return {
      value: null,
      cohort,
      reached,
      reason: `nobody from ${who} entered ${pairOf(rate).from} in the window`,
    }
  if (reached === 0) {
    const reason = `none of the ${cohort} from ${who} who entered ${pairOf(rate).from} reached ${pairOf(rate).to} (the stage is skipped or not recorded)`
    return { value: null, cohort, reached, reason }
  }
  const small = cohort < minSample || reached < 10 || cohort - reached < 10
  const warning = `${rateLabel(rate)} for ${who} rests on ${reached} of ${cohort}: a small sample, check it or set the rate in the plan`
  return small
    ? { value: reached / cohort, cohort, reached, warning }
    : { value: reached / cohort, cohort, reached }
}

/**
 * Rates for planning from the last `months` months before now, per lead source: conversions from the
 * funnel report's cohorts, lags from the velocity report's medians, the average won deal from the
 * pipeline report, each with its sample and a warning when the sample is small.
 */
export async function ratesFromHistory(
  ctx: UseCaseContext,
  options: { readonly months: number; readonly minSample?: number },
): Promise<HistoryRates> {
  authorize(ctx, 'plans.read')
  const { months, minSample = 30 } = options
  if (!Number.isInteger(months) || months < 1 || months > 60) {
    throw new AppError(
      'request.invalid',
      `months must be a whole number from 1 to 60, not ${months}.`,
      {
        details: { field: 'months' },
      },
    )
  }
  const to = ctx.clock.now()
  const from = new Date(to)
  from.setUTCMonth(from.getUTCMonth() - months)
  const period = { from, to, by: 'source' as const }
  const metrics = ctx.store.metrics
  const funnel = buildFunnelReport(await metrics.funnelFacts({ ...period, pairs }), period, pairs)
  const velocity = buildVelocityReport(
    await metrics.velocityFacts({ ...period, pairs }),
    period,
    pairs,
    totalGroup,
  )
  const pipelinePolicy = {
    probabilityByStage: new Map<string, number>(),
    silentAfterDays: 90,
    silentWeight: 1,
  }
  const pipeline = buildPipelineReport(
    await metrics.pipelineFacts({ ...period, silentBefore: from }),
    period,
    pipelinePolicy,
    totalGroup,
  )
  const sourceOf = (group: string | null, isTotal: boolean): SourceHistory => {
    const who = isTotal ? 'all sources' : `"${group ?? '(none)'}"`
    const f = isTotal ? funnel.total : funnel.groups.find((g) => g.group === group)
    const v = isTotal ? velocity.total : velocity.groups.find((g) => g.group === group)
    const p = isTotal ? pipeline.total : pipeline.groups.find((g) => g.group === group)
    const entries = <T>(make: (rate: RateName) => T) =>
      Object.fromEntries(rateNames.map((rate) => [rate, make(rate)])) as Record<RateName, T>
    const find = <T extends StagePair>(rows: readonly T[] | undefined, rate: RateName) =>
      rows?.find((row) => row.from === pairOf(rate).from && row.to === pairOf(rate).to)
    const won = p?.won ?? 0
    const deal = p?.averageDealCents ?? null
    return {
      leadSource: isTotal ? null : group,
      conversion: entries((rate) =>
        toHistoryRate(rate, who, find(f?.conversions, rate), minSample),
      ),
      lagDays: entries((rate) => find(v?.pairs, rate)?.medianDays ?? null),
      averageDealCents:
        deal !== null && deal > 0
          ? { value: deal, deals: won }
          : {
              value: null,
              deals: won,
              reason:
                won === 0
                  ? `no deal from ${who} was won in the window`
                  : `the ${won} deals won from ${who} carry no amounts`,
            },
    }
  }
  const groups = [
    ...new Set([...funnel.groups, ...velocity.groups, ...pipeline.groups].map((g) => g.group)),
  ]
  return {
    from,
    to,
    months,
    minSample,
    total: sourceOf(null, true),
    bySource: groups.map((group) => sourceOf(group, false)),
  }
}
