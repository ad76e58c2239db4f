import type { PlanChannel, RateName } from './types.ts'

/** A channel with the given conversions (as assumptions), lags and average deal. */
export function channelOf(
  name: string,
  conversion: Partial<Record<RateName, number>>,
  extra: Partial<Omit<PlanChannel, 'name' | 'rates'>> & {
    readonly lagDays?: Partial<Record<RateName, number>>
    readonly averageDealCents?: number
  } = {},
): PlanChannel {
  const { lagDays = {}, averageDealCents = 2_500_000, ...rest } = extra
  return {
    name,
    source: 'marketing',
    entryStage: 'inquiry',
    ...rest,
    rates: {
      conversion: Object.fromEntries(
        Object.entries(conversion).map(([rate, value]) => [rate, { value, origin: 'assumption' }]),
      ),
      lagDays,
      averageDealCents,
    },
  }
}

/** The hand-computed example: $25,000 deals, 25% / 50% / 90% / 12%. */
export const handExample = channelOf('inbound', {
  opportunity_to_won: 0.25,
  sql_to_opportunity: 0.5,
  mql_to_sql: 0.9,
  inquiry_to_mql: 0.12,
})
