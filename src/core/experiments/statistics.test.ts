import { describe, expect, it } from 'vitest'
import { seededRandom } from '../predict/seeded-random.ts'
import { bootstrapDifference } from './bootstrap-difference.ts'
import { normalQuantile } from './normal-quantile.ts'
import { sampleSizePerArm } from './sample-size.ts'
import { twoProportionInterval } from './two-proportion-interval.ts'

describe('normalQuantile', () => {
  it.each([
    [0.975, 1.959964],
    [0.95, 1.644854],
    [0.8, 0.841621],
    [0.5, 0],
    [0.01, -2.326348],
    [0.999, 3.090232],
  ])('gives z(%d) = %d', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 5)
  })
})

describe('twoProportionInterval', () => {
  it('matches the textbook interval: 60/100 vs 50/100 -> 0.10 +/- 1.96 x 0.07', () => {
    const ci = twoProportionInterval({ successes: 50, n: 100 }, { successes: 60, n: 100 })
    expect(ci?.difference).toBeCloseTo(0.1, 10)
    expect(ci?.low).toBeCloseTo(0.1 - 1.959964 * 0.07, 5)
    expect(ci?.high).toBeCloseTo(0.1 + 1.959964 * 0.07, 5)
    expect(ci?.relativeLift).toBeCloseTo(0.2, 10)
  })

  it('matches a second known case: 45/200 vs 30/200 at 90% confidence', () => {
    // p1 = 0.15, p2 = 0.225, se = sqrt(0.15*0.85/200 + 0.225*0.775/200) = 0.0388507
    const ci = twoProportionInterval({ successes: 30, n: 200 }, { successes: 45, n: 200 }, 0.9)
    expect(ci?.low).toBeCloseTo(0.075 - 1.644854 * 0.0388507, 4)
    expect(ci?.high).toBeCloseTo(0.075 + 1.644854 * 0.0388507, 4)
  })

  it('has no interval when an arm is empty, and no relative lift on a zero control', () => {
    expect(twoProportionInterval({ successes: 0, n: 0 }, { successes: 1, n: 2 })).toBeNull()
    expect(
      twoProportionInterval({ successes: 0, n: 10 }, { successes: 1, n: 10 })?.relativeLift,
    ).toBeNull()
  })
})

describe('sampleSizePerArm', () => {
  it.each([
    // Fleiss (no continuity correction): 10% -> 15% at alpha 0.05, power 0.8 needs 686 per group.
    [0.1, 0.5, 0.05, 0.8, 686],
    // 50% -> 60%: 388 per group at 80% power (two-sided 5%).
    [0.5, 0.2, 0.05, 0.8, 388],
    // 20% -> 25% at 90% power: 1,464 per group.
    [0.2, 0.25, 0.05, 0.9, 1464],
  ])('baseline %d, lift %d, alpha %d, power %d -> %d per arm', (p, lift, alpha, power, n) => {
    expect(sampleSizePerArm(p, lift, { alpha, power })).toBe(n)
  })

  it('has no answer when the lifted rate is above 1 or the lift is 0', () => {
    expect(sampleSizePerArm(0.6, 1, { alpha: 0.05, power: 0.8 })).toBeNull()
    expect(sampleSizePerArm(0.6, 0, { alpha: 0.05, power: 0.8 })).toBeNull()
  })
})

describe('bootstrapDifference', () => {
  it('gives the same interval for the same seed, and brackets the difference of means', () => {
    const random = seededRandom(7)
    const control = Array.from({ length: 400 }, () => (random() < 0.1 ? 1_000_000 : 0))
    const treatment = Array.from({ length: 400 }, () => (random() < 0.2 ? 1_000_000 : 0))
    const a = bootstrapDifference(control, treatment, { seed: 42 })
    const b = bootstrapDifference(control, treatment, { seed: 42 })
    expect(a).toEqual(b)
    if (a === null) throw new Error('no interval')
    expect(a.low).toBeLessThan(a.difference)
    expect(a.high).toBeGreaterThan(a.difference)
    // For 0/1 revenue the bootstrap agrees with the two-proportion interval within sampling noise.
    const k1 = control.filter((v) => v > 0).length
    const k2 = treatment.filter((v) => v > 0).length
    const ci = twoProportionInterval({ successes: k1, n: 400 }, { successes: k2, n: 400 })
    expect(a.low / 1_000_000).toBeCloseTo(ci?.low ?? 0, 1)
    expect(a.high / 1_000_000).toBeCloseTo(ci?.high ?? 0, 1)
  })

  it('brackets zero for two arms drawn alike', () => {
    const random = seededRandom(1)
    const draw = () => Array.from({ length: 300 }, () => Math.round(random() * 50_000))
    const ci = bootstrapDifference(draw(), draw(), { seed: 3 })
    expect(ci?.low).toBeLessThan(0)
    expect(ci?.high).toBeGreaterThan(0)
  })

  it('has no interval for an empty arm', () => {
    expect(bootstrapDifference([], [1], { seed: 1 })).toBeNull()
  })
})
