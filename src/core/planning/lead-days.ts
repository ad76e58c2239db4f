import { roundUp } from './round-up.ts'
import { planStages, rateNames, type PlanChannel, type PlanStage } from './types.ts'

/**
 * Days before the win that a stage's items must be created: the sum of the channel's lags from that
 * stage to won, rounded up to whole days (earlier, never later). A missing lag counts as 0.
 */
export function leadDays(channel: PlanChannel, stage: PlanStage): number {
  const from = planStages.indexOf(stage)
  const lags = rateNames.slice(from).map((rate) => channel.rates.lagDays[rate] ?? 0)
  return roundUp(lags.reduce((sum, lag) => sum + lag, 0))
}
