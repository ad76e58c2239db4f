import type { RoutingBar } from '../routing/index.ts'
import type { ExperimentArm } from './types.ts'

export type ArmInExperiment = {
  readonly experiment: string
  readonly arm: string
  readonly arms: readonly ExperimentArm[]
}

/**
 * What a lead's arms keep it away from: the routing rules and rep groups (pools) of every other arm
 * of each experiment, so a hold-out's leads never reach the rep group and an A/B arm's leads never
 * take the other arm's rule. Rules no arm names still route everyone.
 */
export function armRoutingBar(memberships: readonly ArmInExperiment[]): RoutingBar | undefined {
  const rules = new Set<string>()
  const pools = new Set<string>()
  const arms: string[] = []
  for (const { experiment, arm, arms: all } of memberships) {
    const mine = all.find((a) => a.name === arm)
    const others = all.filter((a) => a.name !== arm)
    for (const other of others) {
      if (other.routingRule !== undefined && other.routingRule !== mine?.routingRule)
        rules.add(other.routingRule)
      if (other.repGroup !== undefined && other.repGroup !== mine?.repGroup)
        pools.add(other.repGroup)
    }
    arms.push(`arm "${arm}" of experiment "${experiment}"`)
  }
  if (rules.size === 0 && pools.size === 0) return undefined
  return { rules: [...rules], pools: [...pools], because: `is barred to ${arms.join(' and ')}` }
}
