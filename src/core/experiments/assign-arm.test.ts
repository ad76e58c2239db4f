import { describe, expect, it } from 'vitest'
import { assignArm } from './assign-arm.ts'
import { checkDesign } from './check-design.ts'
import { hashShare } from './hash-share.ts'
import type { ExperimentDesign } from './types.ts'

const arms = [
  { name: 'reps', share: 0.8, repGroup: 'east' },
  { name: 'holdout', share: 0.2 },
]

describe('assignArm', () => {
  it('always puts the same person in the same arm, and splits by the shares', () => {
    const ids = Array.from(
      { length: 10_000 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    )
    const first = ids.map((id) => assignArm(arms, 'exp-1', id).arm)
    expect(ids.map((id) => assignArm(arms, 'exp-1', id).arm)).toEqual(first)
    const held = first.filter((arm) => arm === 'holdout').length
    // 20% of 10,000 within 4 standard deviations (sd = 40).
    expect(Math.abs(held - 2000)).toBeLessThan(160)
  })

  it('gives a different split for another seed (experiments are independent)', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `p${i}`)
    const one = ids.map((id) => assignArm(arms, 'a', id).arm)
    const two = ids.map((id) => assignArm(arms, 'b', id).arm)
    expect(one).not.toEqual(two)
  })

  it('hashes text to a stable share in [0, 1)', () => {
    expect(hashShare('exp-1:person-1')).toBe(hashShare('exp-1:person-1'))
    expect(hashShare('')).toBeGreaterThanOrEqual(0)
    expect(hashShare('x')).toBeLessThan(1)
  })
})

describe('checkDesign', () => {
  const design: ExperimentDesign = {
    kind: 'holdout',
    stage: 'mql',
    meetingStage: 'sql',
    arms,
    seed: 's',
    minimumDetectableLift: 0.2,
    alpha: 0.05,
    power: 0.8,
  }
  it.each([
    [{ arms: [arms[0]] }, /has 1 arm/],
    [{ arms: [arms[0], { name: 'reps', share: 0.2 }] }, /Two arms are named "reps"/],
    [{ arms: [{ ...arms[0], share: 0.7 }, arms[1]] }, /add up to 0\.9/],
    [{ arms: [arms[0], { ...arms[1], repGroup: 'west' }] }, /exactly one arm without a rep group/],
    [{ alpha: 0.7 }, /alpha 0\.7/],
    [{ minimumDetectableLift: 0 }, /lift must be above 0/],
  ])('refuses %o', (change, message) => {
    expect(() => checkDesign({ ...design, ...change } as ExperimentDesign)).toThrow(message)
  })
  it('accepts a valid hold-out and an A/B of routing rules', () => {
    expect(() => checkDesign(design)).not.toThrow()
    const ab = [
      { name: 'A', share: 0.5, routingRule: 'round-robin' },
      { name: 'B', share: 0.5, routingRule: 'territory' },
    ]
    expect(() => checkDesign({ ...design, kind: 'ab', arms: ab })).not.toThrow()
  })
})
