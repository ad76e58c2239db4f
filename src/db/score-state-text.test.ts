import { describe, expect, it } from 'vitest'
import type { ScoreState } from '../core/scoring/index.ts'
import { seededRandom } from '../core/predict/seeded-random.ts'
import { fromScoreStateText, toScoreStateText } from './score-state-text.ts'

const atMs = Date.parse('2026-11-23T15:00:00Z')

function randomState(random: () => number): ScoreState {
  const count = Math.floor(random() * 25)
  const scored = Array.from({ length: count }, () => {
    const pair: [number, number] = [
      Math.floor(random() * 40),
      atMs - Math.floor(random() * 400 * 86_400_000),
    ]
    return pair
  }).sort((a, b) => a[1] - b[1])
  const negativeAtMs = Array.from({ length: Math.floor(random() * 4) }, () =>
    random() < 0.5 ? null : atMs - Math.floor(random() * 1e10),
  )
  const lastEventAtMs = random() < 0.1 ? null : atMs - Math.floor(random() * 1e9)
  return { modelVersion: 1 + Math.floor(random() * 500), atMs, lastEventAtMs, scored, negativeAtMs }
}

describe('score state text', () => {
  it('writes the documented example', () => {
    const state = {
      modelVersion: 3,
      atMs,
      lastEventAtMs: atMs - 3_600_000,
      scored: [
        [0, atMs - 40 * 86_400_000],
        [4, atMs - 3 * 86_400_000],
      ] as const,
      negativeAtMs: [null, null],
    }
    expect(toScoreStateText(state)).toBe(
      '[3,1795446000000,1795442400000,2,null,null,0,3456000000,4,259200000]',
    )
  })

  it('reads back every state it writes, to the millisecond', () => {
    const random = seededRandom(7)
    for (let i = 0; i < 500; i += 1) {
      const state = randomState(random)
      expect(fromScoreStateText(toScoreStateText(state))).toEqual(state)
    }
  })

  it('tells an empty negative list from one unmatched rule', () => {
    const base = { modelVersion: 2, atMs, lastEventAtMs: null, scored: [] }
    for (const negativeAtMs of [[], [null], [null, atMs - 5]])
      expect(fromScoreStateText(toScoreStateText({ ...base, negativeAtMs }))).toEqual({
        ...base,
        negativeAtMs,
      })
  })

  it('reads anything else as no state, so the score reads the history', () => {
    const bad = ['', 'not json', '{}', '[1,2]', '[1,2,null,1]', '[1,2,null,0,3]', '[1,2,3,0,"a",4]']
    for (const stored of [null, 42, {}, ...bad, '[1.5,2,null,0]', '[1,2,null,-1]'])
      expect(fromScoreStateText(stored)).toBeNull()
  })
})
