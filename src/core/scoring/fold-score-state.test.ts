import { describe, expect, it } from 'vitest'
import { seededRandom } from '../predict/seeded-random.ts'
import { foldScoreState } from './fold-score-state.ts'
import type { PersonScore, ScoreTotals, ScoringEvent } from './person-score.ts'
import { eventAgo, scoringNow, testScoreModel } from './score-model.fixture.ts'
import { scoreHistory } from './score-history.ts'
import { scoreTotalsFromState } from './score-totals-from-state.ts'
import { scorePerson } from './score-person.ts'
import { toScoreState } from './score-state.ts'
import type { ScoreModel } from './types.ts'

const hourMs = 3_600_000
const dayMs = 24 * hourMs
const facts = { person: { title: 'VP Sales' }, account: { icpMatch: true } }

// Fractional points and caps stress the float arithmetic a fold must repeat exactly.
const fractional = testScoreModel({
  version: 2,
  engagement: [
    { id: 'demo', event: 'demo_request', points: 47.3, halfLifeDays: 30 },
    { id: 'pricing', event: 'page_visit', urlPattern: '/pricing', points: 9.7, halfLifeDays: 11 },
    { id: 'visit', event: 'page_visit', points: 1.1, cap: { points: 5.5, periodDays: 3 } },
    {
      id: 'open',
      event: 'email_open',
      points: 2.9,
      halfLifeDays: 7,
      cap: { points: 8.3, periodDays: 5 },
    },
  ],
})

function randomEvent(random: () => number, id: number, atMs: number): ScoringEvent {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T
  const type = pick([
    'demo_request',
    'page_visit',
    'page_visit',
    'email_open',
    'email_open',
    'email_open',
    'intent_signal',
    'unsubscribe',
    'bounce',
    'form_fill',
  ])
  const base = { id: String(id), type, occurredAt: new Date(atMs) }
  if (type === 'page_visit') return { ...base, url: pick(['/pricing', '/blog', null]) }
  if (type === 'intent_signal')
    return {
      ...base,
      intent: { topic: pick(['crm', 'erp']), strength: Math.floor(random() * 101) },
    }
  if (type === 'bounce') return { ...base, properties: { bounceType: pick(['hard', 'soft']) } }
  return base
}

const numbers = ({ fit, engagement, intent, total, band }: PersonScore): ScoreTotals => ({
  fit,
  engagement,
  intent,
  total,
  band,
})

// A history on an hour grid (so some events share an instant, ties broken by id), then batches of
// events at any instant up to their `now`, earlier ones included, each `now` after the last.
function randomRun(seed: number) {
  const random = seededRandom(seed)
  const startMs = scoringNow.getTime() - 200 * dayMs
  const hourAt = () => startMs + Math.floor(random() * 120 * 24) * hourMs
  const past = Array.from({ length: Math.floor(random() * 30) }, (_, i) =>
    randomEvent(random, i, hourAt()),
  )
  let nowMs = startMs + 121 * dayMs + Math.floor(random() * 5 * hourMs)
  const firstNow = new Date(nowMs)
  const batches = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, b) => {
    nowMs += Math.floor(random() * 3 * dayMs)
    const events = Array.from({ length: Math.floor(random() * 6) }, (_, i) =>
      randomEvent(random, 1000 + b * 10 + i, startMs + Math.floor(random() * (nowMs - startMs))),
    )
    return { events, now: new Date(nowMs) }
  })
  return { past, firstNow, batches }
}

describe('foldScoreState', () => {
  for (const model of [testScoreModel(), fractional]) {
    it(`folding later events in scores exactly as the whole history (model ${model.version})`, () => {
      for (let seed = 1; seed <= 300; seed += 1) {
        const { past, firstNow, batches } = randomRun(seed * 7919 + model.version)
        let state = toScoreState(model, past, firstNow)
        let history = past
        if (state === undefined) throw new Error(`seed ${seed}: the past has no future events`)
        for (const batch of batches) {
          history = [...history, ...batch.events]
          const folded: ReturnType<typeof foldScoreState> = foldScoreState(
            model,
            state,
            batch.events,
            batch.now,
          )
          if (folded === undefined) throw new Error(`seed ${seed}: a later batch must fold`)
          state = folded
          const full = scorePerson(model, { ...facts, events: history }, batch.now)
          expect(scoreTotalsFromState(model, facts, state), `seed ${seed}`).toEqual(numbers(full))
          expect(toScoreState(model, history, batch.now)).toEqual(state)
          expect(scoreHistory(model, { ...facts, events: history }, batch.now)).toEqual({
            score: numbers(full),
            state,
          })
        }
      }
    })
  }

  it('a state of the whole history scores as the history, caps and negative rules included', () => {
    const model = testScoreModel()
    const events = [
      ...Array.from({ length: 14 }, (_, i) => eventAgo(`o${i}`, 'email_open', i / 2)),
      eventAgo('u', 'unsubscribe', 3),
      eventAgo('b', 'bounce', 2, { properties: { bounceType: 'hard' } }),
      eventAgo('i', 'intent_signal', 1, { intent: { topic: 'crm', strength: 40 } }),
    ]
    const state = toScoreState(model, events, scoringNow)
    if (state === undefined) throw new Error('no future events here')
    const full = scorePerson(model, { ...facts, events }, scoringNow)
    expect(scoreTotalsFromState(model, facts, state)).toEqual(numbers(full))
    expect(full.engagement).toBeLessThan(0)
  })

  it('puts an event older than the kept ones where the whole history puts it', () => {
    const model = testScoreModel()
    const opens = Array.from({ length: 12 }, (_, i) => eventAgo(`o${i}`, 'email_open', i / 3))
    const state = toScoreState(model, opens.slice(0, 8), scoringNow)
    if (state === undefined) throw new Error('no future events here')
    const folded = foldScoreState(model, state, opens.slice(8), scoringNow)
    expect(folded).toEqual(toScoreState(model, opens, scoringNow))
    const full = scorePerson(model, { ...facts, events: opens }, scoringNow)
    expect(folded && scoreTotalsFromState(model, facts, folded)).toEqual(numbers(full))
  })

  it('refuses what it cannot fold exactly, so the caller scores the whole history', () => {
    const model = testScoreModel()
    const state = toScoreState(model, [eventAgo('a', 'demo_request', 2)], scoringNow)
    if (state === undefined) throw new Error('no future events here')
    const later = new Date(scoringNow.getTime() + dayMs)
    const at = (id: string, ageDays: number) => eventAgo(id, 'email_open', ageDays)
    expect(
      foldScoreState(model, state, [eventAgo('same', 'demo_request', 2)], later),
    ).toBeUndefined()
    expect(foldScoreState(model, state, [at('x', 1), at('y', 1)], later)).toBeUndefined()
    expect(foldScoreState(model, state, [eventAgo('u', 'form_fill', 2)], later)).toBeDefined()
    expect(foldScoreState(model, state, [at('future', -2)], later)).toBeUndefined()
    expect(
      foldScoreState(model, state, [at('ok', 1)], new Date(scoringNow.getTime() - 1)),
    ).toBeUndefined()
    expect(foldScoreState(fractional, state, [at('ok', 1)], later)).toBeUndefined()
    expect(foldScoreState(model, state, [at('ok', 1)], later)).toMatchObject({
      atMs: later.getTime(),
    })
  })

  it('keeps no state while an event is dated after now, and none fits another model', () => {
    const model: ScoreModel = testScoreModel()
    expect(toScoreState(model, [eventAgo('f', 'demo_request', -1)], scoringNow)).toBeUndefined()
    const state = toScoreState(model, [eventAgo('a', 'demo_request', 1)], scoringNow)
    if (state === undefined) throw new Error('no future events here')
    expect(scoreTotalsFromState(fractional, facts, state)).toBeUndefined()
    expect(scoreTotalsFromState(model, facts, { ...state, scored: [[99, 0]] })).toBeUndefined()
  })
})
