import { describe, expect, it } from 'vitest'
import { seededRandom } from '../predict/seeded-random.ts'
import type { ScoringEvent } from './person-score.ts'
import { eventAgo, scoringNow, testScoreModel } from './score-model.fixture.ts'
import { scorePerson } from './score-person.ts'
import { scoringEventTypes } from './types.ts'

const model = testScoreModel()
const vpAtIcp = { person: { title: 'VP Marketing' }, account: { icpMatch: true } }
const cents = (points: number): number => Math.round(points * 100)

describe('scorePerson', () => {
  it('adds fit, decayed engagement and intent into a total computed by hand', () => {
    const events = [
      eventAgo('demo', 'demo_request', 30), // 50 x 0.5 = 25
      eventAgo('pricing', 'page_visit', 28, { url: '/pricing' }), // 10 x 0.25 = 2.5
      eventAgo('intent', 'intent_signal', 14, { intent: { topic: 'crm', strength: 90 } }), // 15 x 0.5
    ]
    const score = scorePerson(model, { ...vpAtIcp, events }, scoringNow)
    expect(score).toMatchObject({ fit: 35, engagement: 27.5, intent: 7.5, total: 70 })
    expect(score.band).toEqual({ fit: 'A', engagement: '2', name: 'A2' })
  })

  it('lists every contribution with its rule, event, raw and final points', () => {
    const events = [eventAgo('demo', 'demo_request', 30)]
    const score = scorePerson(model, { ...vpAtIcp, events }, scoringNow)
    expect(score.contributions.map((c) => [c.ruleId, c.eventId, c.rawPoints, c.points])).toEqual([
      ['icp', undefined, 20, 20],
      ['vp', undefined, 15, 15],
      ['demo', 'demo', 50, 25],
    ])
  })

  it('negative rules pull a hand-raiser below the hand-off: a student who unsubscribed', () => {
    const subject = {
      person: { title: 'Student', freeMail: true },
      account: null,
      events: [eventAgo('demo', 'demo_request', 0), eventAgo('unsub', 'unsubscribe', 1)],
    }
    const score = scorePerson(model, subject, scoringNow)
    expect(score).toMatchObject({ fit: -40, engagement: 10, intent: 0, total: -30 })
    expect(score.band.name).toBe('D3')
  })

  it('scores a person with nothing known and no events as 0 in the lowest bands', () => {
    const score = scorePerson(model, { person: {}, account: null, events: [] }, scoringNow)
    expect(score).toMatchObject({ total: 0, band: { name: 'C4' }, contributions: [] })
  })

  it('rounds each contribution to the cent so they sum exactly to the total', () => {
    const events = [1, 2, 3].map((day) => eventAgo(`v${day}`, 'page_visit', day / 3))
    const score = scorePerson(model, { person: {}, account: null, events }, scoringNow)
    const points = score.contributions.map((c) => c.points)
    expect(points.every((p) => cents(p) / 100 === p)).toBe(true)
    expect(points.reduce((sum, p) => sum + cents(p), 0)).toBe(cents(score.total))
  })
})

function randomEvents(random: () => number, count: number): ScoringEvent[] {
  const types = [...scoringEventTypes, 'not_scored']
  return Array.from({ length: count }, (_, index) => {
    const type = types[Math.floor(random() * types.length)] ?? 'page_visit'
    return eventAgo(`e${index}`, type, random() * 200 - 5, {
      url: random() < 0.5 ? 'https://x.io/pricing' : 'https://x.io/blog',
      intent: { topic: random() < 0.5 ? 'crm' : 'erp', strength: Math.floor(random() * 101) },
      properties: { bounceType: random() < 0.5 ? 'hard' : 'soft' },
    })
  })
}

describe('scorePerson on random events', () => {
  it('contributions always sum exactly to the total, and each component to its own sum', () => {
    const random = seededRandom(20260301)
    for (let trial = 0; trial < 200; trial += 1) {
      const events = randomEvents(random, Math.floor(random() * 120))
      const score = scorePerson(model, { ...vpAtIcp, events }, scoringNow)
      const sumOf = (component?: string) =>
        score.contributions
          .filter((c) => component === undefined || c.component === component)
          .reduce((sum, c) => sum + cents(c.points), 0)
      expect(sumOf()).toBe(cents(score.total))
      expect([sumOf('fit'), sumOf('engagement'), sumOf('intent')]).toEqual(
        [score.fit, score.engagement, score.intent].map(cents),
      )
      const exact = score.contributions.reduce((sum, c) => sum + c.cappedPoints * c.decayFactor, 0)
      expect(Math.abs(score.total - exact)).toBeLessThanOrEqual(0.005 + 1e-9)
    }
  })
})
