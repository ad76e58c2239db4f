import { checkRate } from './check-rate.ts'
import { planError } from './plan-error.ts'
import { roundUp } from './round-up.ts'
import { planStages, rateNames, type PlanChannel, type StageCounts } from './types.ts'

/**
 * Reverse funnel math for one channel: wins = revenue / average deal, then each stage before it =
 * the next stage / its conversion, every stage rounded up before the next is computed (never
 * under-plans). Stages before the channel's entry stage are 0. Money in cents.
 */
export function requiredFunnel(channel: PlanChannel, revenueCents: number): StageCounts {
  const deal = channel.rates.averageDealCents
  if (deal === undefined || !Number.isFinite(deal) || deal <= 0) {
    throw planError(
      `Channel "${channel.name}": the average deal size is ${deal === undefined ? 'missing' : String(deal)}`,
      `set channels.${channel.name}.rates.averageDealCents to the average won deal in cents (2500000 for $25,000), or derive it from history`,
      { channel: channel.name, rate: 'averageDealCents' },
    )
  }
  const counts = { inquiry: 0, mql: 0, sql: 0, opportunity: 0, won: roundUp(revenueCents / deal) }
  const entry = planStages.indexOf(channel.entryStage)
  // Walk down from the win: rateNames[i] converts planStages[i] into planStages[i + 1].
  for (let i = rateNames.length - 1; i >= entry; i -= 1) {
    const rate = rateNames[i] as (typeof rateNames)[number]
    const value = checkRate(channel.name, rate, channel.rates.conversion[rate])
    const next = counts[planStages[i + 1] as keyof typeof counts]
    counts[planStages[i] as keyof typeof counts] = roundUp(next / value)
  }
  return counts
}
