import { describe, expect, it } from 'vitest'
import { crossedThresholds } from './crossed-thresholds.ts'

const mql = { stage: 'mql', score: 60 }
const hot = { stage: 'hot', score: 80 }
const thresholds = [hot, mql]

describe('crossedThresholds', () => {
  it.each([
    { rule: 'a rise through the hand-off score crosses it', before: 55, after: 61, crossed: [mql] },
    { rule: 'reaching the score exactly crosses it', before: 59.99, after: 60, crossed: [mql] },
    {
      rule: 'a rise through two thresholds crosses both, lowest first',
      before: 10,
      after: 95,
      crossed: [mql, hot],
    },
    { rule: 'a rise that stays below crosses none', before: 10, after: 59.99, crossed: [] },
    {
      rule: 'a rise above a threshold already reached does not cross it again',
      before: 60,
      after: 70,
      crossed: [],
    },
    { rule: 'decay below a threshold crosses none', before: 65, after: 40, crossed: [] },
    { rule: 'no change crosses none', before: 60, after: 60, crossed: [] },
    {
      rule: 'a first score reaches every threshold at or below it',
      before: null,
      after: 60,
      crossed: [mql],
    },
  ])('$rule', ({ before, after, crossed }) => {
    expect(crossedThresholds(before, after, thresholds)).toEqual(crossed)
  })

  it('reports a threshold listed twice once', () => {
    expect(crossedThresholds(0, 70, [mql, mql])).toEqual([mql])
  })

  it('crosses each threshold exactly once along any sequence of changes that only rises', () => {
    const scores = [0, 12, 30, 59, 60, 60, 72, 79.5, 81, 100]
    const crossings = scores
      .slice(1)
      .flatMap((after, index) => crossedThresholds(scores[index] ?? 0, after, thresholds))
    expect(crossings).toEqual([mql, hot])
  })
})
