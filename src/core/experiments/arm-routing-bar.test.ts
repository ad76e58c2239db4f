import { describe, expect, it } from 'vitest'
import { armRoutingBar } from './arm-routing-bar.ts'
import type { ExperimentArm } from './types.ts'

const holdout: ExperimentArm[] = [
  { name: 'east reps', share: 0.8, repGroup: 'east' },
  { name: 'held out', share: 0.2 },
]
const ab: ExperimentArm[] = [
  { name: 'A', share: 0.5, routingRule: 'round-robin' },
  { name: 'B', share: 0.5, routingRule: 'territory' },
]

describe('armRoutingBar', () => {
  it('keeps a hold-out lead away from the rep group of the other arm', () => {
    expect(armRoutingBar([{ experiment: 'east 2027', arm: 'held out', arms: holdout }])).toEqual({
      rules: [],
      pools: ['east'],
      because: 'is barred to arm "held out" of experiment "east 2027"',
    })
  })

  it('bars nothing for the arm that works the rep group, nor for a person in no experiment', () => {
    expect(armRoutingBar([{ experiment: 'east 2027', arm: 'east reps', arms: holdout }])).toBe(
      undefined,
    )
    expect(armRoutingBar([])).toBe(undefined)
  })

  it("bars the other A/B arm's rule and joins the reasons of two experiments", () => {
    const bar = armRoutingBar([
      { experiment: 'rules', arm: 'A', arms: ab },
      { experiment: 'east 2027', arm: 'held out', arms: holdout },
    ])
    expect(bar).toEqual({
      rules: ['territory'],
      pools: ['east'],
      because:
        'is barred to arm "A" of experiment "rules" and arm "held out" of experiment "east 2027"',
    })
  })

  it("does not bar a rule or group the lead's own arm shares with another arm", () => {
    const shared: ExperimentArm[] = [
      { name: 'C', share: 0.5, routingRule: 'territory', repGroup: 'east' },
      { name: 'D', share: 0.5, routingRule: 'territory', repGroup: 'west' },
    ]
    expect(armRoutingBar([{ experiment: 'x', arm: 'C', arms: shared }])).toMatchObject({
      rules: [],
      pools: ['west'],
    })
  })
})
