import { describe, expect, it } from 'vitest'
import { buildExperimentReport, type LeadOutcome } from './build-experiment-report.ts'
import type { ExperimentDesign } from './types.ts'

const design: ExperimentDesign = {
  kind: 'holdout',
  stage: 'mql',
  meetingStage: 'sql',
  arms: [
    { name: 'reps', share: 0.5, repGroup: 'east' },
    { name: 'holdout', share: 0.5 },
  ],
  seed: 'exp',
  minimumDetectableLift: 0.2,
  alpha: 0.05,
  power: 0.8,
}

const leads = (arm: string, n: number, meetings: number, wonCents: number): LeadOutcome[] =>
  Array.from({ length: n }, (_, i) => ({
    arm,
    meeting: i < meetings,
    pipelineCents: i < meetings ? 2 * wonCents : 0,
    revenueCents: i < meetings / 2 ? wonCents : 0,
  }))

describe('buildExperimentReport', () => {
  it('reports meetings, pipeline and revenue per arm with the lift against the control', () => {
    const report = buildExperimentReport(design, [
      ...leads('reps', 100, 50, 1_000_000),
      ...leads('holdout', 100, 60, 1_000_000),
    ])
    expect(report.arms).toEqual([
      {
        arm: 'reps',
        leads: 100,
        meetings: 50,
        meetingRate: 0.5,
        pipelineCents: 100_000_000,
        revenueCents: 25_000_000,
      },
      {
        arm: 'holdout',
        leads: 100,
        meetings: 60,
        meetingRate: 0.6,
        pipelineCents: 120_000_000,
        revenueCents: 30_000_000,
      },
    ])
    const [vs] = report.comparisons
    expect(vs?.against).toBe('reps')
    // The textbook interval: 0.10 +/- 1.96 x 0.07.
    expect(vs?.meetings?.low).toBeCloseTo(-0.0372, 4)
    expect(vs?.meetings?.high).toBeCloseTo(0.2372, 4)
    // Revenue per lead: 300,000 vs 250,000 cents, the bootstrap interval around the 50,000 gap.
    expect(vs?.revenuePerLeadCents?.difference).toBe(50_000)
    expect(vs?.revenuePerLeadCents?.low).toBeLessThan(50_000)
    expect(vs?.pipelinePerLeadCents?.difference).toBe(200_000)
    // 50% -> 60% needs 388 leads per arm; 100 is not enough.
    expect(report.sampleSize).toEqual({
      baselineMeetingRate: 0.5,
      lift: 0.2,
      perArm: 388,
      enough: false,
    })
  })

  it('says why there is no sample size while the control is empty', () => {
    const report = buildExperimentReport(design, leads('holdout', 5, 1, 100))
    expect(report.sampleSize).toMatchObject({
      perArm: null,
      reason: 'the control arm has no leads yet',
    })
    expect(report.comparisons[0]?.meetings).toBeNull()
  })
})
