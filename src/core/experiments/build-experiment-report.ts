import { bootstrapDifference, type BootstrapInterval } from './bootstrap-difference.ts'
import { hashShare } from './hash-share.ts'
import { sampleSizePerArm } from './sample-size.ts'
import { twoProportionInterval, type ProportionInterval } from './two-proportion-interval.ts'
import type { ExperimentDesign } from './types.ts'

/** What became of one assigned lead: a first sales meeting (sql), pipeline and revenue in cents. */
export type LeadOutcome = {
  readonly arm: string
  readonly meeting: boolean
  readonly pipelineCents: number
  readonly revenueCents: number
}

export type ArmResult = {
  readonly arm: string
  readonly leads: number
  readonly meetings: number
  readonly meetingRate: number | null
  readonly pipelineCents: number
  readonly revenueCents: number
}

export type ArmComparison = {
  readonly arm: string
  readonly against: string
  readonly meetings: ProportionInterval | null
  readonly pipelinePerLeadCents: BootstrapInterval | null
  readonly revenuePerLeadCents: BootstrapInterval | null
}

export type ExperimentReport = {
  readonly arms: readonly ArmResult[]
  readonly comparisons: readonly ArmComparison[]
  readonly sampleSize: {
    readonly baselineMeetingRate: number | null
    readonly lift: number
    readonly perArm: number | null
    /** True when every arm has at least `perArm` leads. */
    readonly enough: boolean
    readonly reason?: string
  }
}

const confidence = 0.95

/**
 * Lift per arm against the control (the first arm): meeting rate with a two-proportion interval,
 * pipeline and revenue per lead with a seeded bootstrap interval, and the leads per arm needed to
 * detect the design's minimum lift in the meeting rate.
 */
export function buildExperimentReport(
  design: ExperimentDesign,
  outcomes: readonly LeadOutcome[],
): ExperimentReport {
  const of = (arm: string) => outcomes.filter((o) => o.arm === arm)
  const arms = design.arms.map((arm): ArmResult => {
    const mine = of(arm.name)
    const meetings = mine.filter((o) => o.meeting).length
    return {
      arm: arm.name,
      leads: mine.length,
      meetings,
      meetingRate: mine.length === 0 ? null : meetings / mine.length,
      pipelineCents: mine.reduce((s, o) => s + o.pipelineCents, 0),
      revenueCents: mine.reduce((s, o) => s + o.revenueCents, 0),
    }
  })
  const [control, ...others] = arms as [ArmResult, ...ArmResult[]]
  const seed = Math.floor(hashShare(design.seed) * 2 ** 32)
  const values = (arm: string, key: 'pipelineCents' | 'revenueCents') => of(arm).map((o) => o[key])
  const comparisons = others.map((arm): ArmComparison => ({
    arm: arm.arm,
    against: control.arm,
    meetings: twoProportionInterval(
      { successes: control.meetings, n: control.leads },
      { successes: arm.meetings, n: arm.leads },
      confidence,
    ),
    pipelinePerLeadCents: bootstrapDifference(
      values(control.arm, 'pipelineCents'),
      values(arm.arm, 'pipelineCents'),
      { seed, confidence },
    ),
    revenuePerLeadCents: bootstrapDifference(
      values(control.arm, 'revenueCents'),
      values(arm.arm, 'revenueCents'),
      { seed: seed + 1, confidence },
    ),
  }))
  const baseline = control.meetingRate
  const perArm =
    baseline === null ? null : sampleSizePerArm(baseline, design.minimumDetectableLift, design)
  const reason =
    baseline === null
      ? 'the control arm has no leads yet'
      : perArm === null
        ? `a ${design.minimumDetectableLift} lift on a ${baseline} meeting rate is not a rate below 1`
        : undefined
  const sampleSize = {
    baselineMeetingRate: baseline,
    lift: design.minimumDetectableLift,
    perArm,
    enough: perArm !== null && arms.every((arm) => arm.leads >= perArm),
  }
  return {
    arms,
    comparisons,
    sampleSize: reason === undefined ? sampleSize : { ...sampleSize, reason },
  }
}
