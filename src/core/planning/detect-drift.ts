import { rateLabel } from './check-rate.ts'
import type { RateName } from './types.ts'

/** An actual conversion over the plan's weeks next to the rate the plan assumed. */
export type RateObservation = {
  /** The plan channel, or null for the plan as a whole. */
  readonly channel: string | null
  readonly rate: RateName
  readonly planned: number
  readonly cohort: number
  readonly reached: number
}

export type DriftStatus = 'on_plan' | 'below' | 'above' | 'too_few'

export type Drift = RateObservation & {
  readonly actual: number | null
  /** (actual - planned) / planned; null when too few to judge. */
  readonly deviation: number | null
  readonly status: DriftStatus
  readonly message: string
}

export type DriftPolicy = {
  /** Relative deviation allowed, e.g. 0.2: a 0.9 rate may run from 0.72 to 1. */
  readonly tolerance: number
  /** Fewer subjects than this in the cohort cannot show drift. */
  readonly minSample: number
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`

function describe(o: RateObservation, status: DriftStatus, actual: number, deviation: number) {
  const who = o.channel === null ? 'the plan' : `channel "${o.channel}"`
  const base = `${rateLabel(o.rate)} for ${who} is ${pct(actual)} (${o.reached}/${o.cohort}) against the planned ${pct(o.planned)}`
  if (status === 'below')
    return `${base}, ${pct(-deviation)} below: the target is at risk unless volume makes up for it`
  if (status === 'above')
    return `${base}, ${pct(deviation)} above: the plan may over-produce this stage`
  return `${base}: on plan`
}

/**
 * Warns when an actual rate drifts from the plan's assumption by more than the tolerance (seed 002:
 * drift from the reverse-funnel assumptions means the target is at risk); small cohorts are not judged.
 */
export function detectDrift(
  observations: readonly RateObservation[],
  policy: DriftPolicy,
): Drift[] {
  return observations.map((o): Drift => {
    if (o.cohort < policy.minSample) {
      const message = `${rateLabel(o.rate)} for ${o.channel === null ? 'the plan' : `channel "${o.channel}"`}: ${o.cohort} in the cohort so far, fewer than ${policy.minSample} to judge drift`
      return {
        ...o,
        actual: o.cohort === 0 ? null : o.reached / o.cohort,
        deviation: null,
        status: 'too_few',
        message,
      }
    }
    const actual = o.reached / o.cohort
    const deviation = (actual - o.planned) / o.planned
    const status: DriftStatus =
      deviation < -policy.tolerance ? 'below' : deviation > policy.tolerance ? 'above' : 'on_plan'
    return { ...o, actual, deviation, status, message: describe(o, status, actual, deviation) }
  })
}
