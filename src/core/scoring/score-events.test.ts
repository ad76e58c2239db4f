import { describe, expect, it } from 'vitest'
import { eventAgo, scoringNow, testScoreModel } from './score-model.fixture.ts'
import { scoreEvents } from './score-events.ts'
import type { ScoringEvent } from './person-score.ts'

const model = testScoreModel()
const score = (events: readonly ScoringEvent[]) => scoreEvents(model, events, scoringNow)

describe('scoreEvents: decay', () => {
  it('a 28-day-old page visit to pricing (10 points, half-life 14 days) is worth 2.5', () => {
    const [pricing] = score([eventAgo('e1', 'page_visit', 28, { url: 'https://x.io/pricing' })])
    expect(pricing).toMatchObject({
      ruleId: 'pricing',
      rawPoints: 10,
      cappedPoints: 10,
      status: 'counted',
    })
    expect(pricing?.ageDays).toBe(28)
    expect(pricing?.decayFactor).toBe(0.25)
    expect(pricing?.points).toBe(2.5)
  })

  it('a 45-day-old demo request (50 points, half-life 30 days) is worth 50 x 0.5^1.5', () => {
    const [demo] = score([eventAgo('e1', 'demo_request', 45)])
    expect(demo?.points).toBeCloseTo(17.6776695, 6)
  })
})

describe('scoreEvents: rules', () => {
  it('scores an event by the first rule it matches: pricing before any page', () => {
    const contributions = score([
      eventAgo('e1', 'page_visit', 0, { url: 'https://x.io/PRICING?plan=pro' }),
      eventAgo('e2', 'page_visit', 0, { url: 'https://x.io/blog' }),
      eventAgo('e3', 'page_visit', 0),
    ])
    expect(contributions.map((c) => [c.eventId, c.ruleId, c.points])).toEqual([
      ['e1', 'pricing', 10],
      ['e2', 'visit', 2],
      ['e3', 'visit', 2],
    ])
  })

  it('leaves out events no rule scores', () => {
    expect(score([eventAgo('e1', 'call_in', 1), eventAgo('e2', 'made_up', 1)])).toEqual([])
  })

  it.each([
    {
      rule: 'a strong signal on any topic',
      intent: { topic: 'security', strength: 80 },
      ruleId: 'intent-strong',
      points: 15,
    },
    {
      rule: 'a weaker signal on the named topic',
      intent: { topic: 'CRM', strength: 30 },
      ruleId: 'intent-weak',
      points: 5,
    },
  ])('intent: $rule earns its rule points', ({ intent, ruleId, points }) => {
    const [signal] = score([eventAgo('e1', 'intent_signal', 0, { intent })])
    expect(signal).toMatchObject({ component: 'intent', ruleKind: 'intent', ruleId, points })
  })

  it('intent: a weak signal on another topic earns nothing', () => {
    const intent = { topic: 'security', strength: 40 }
    expect(score([eventAgo('e1', 'intent_signal', 0, { intent })])).toEqual([])
  })
})

describe('scoreEvents: caps', () => {
  it('email opens earn at most 30 points in 7 days; later opens in the full window earn 0', () => {
    const opens = Array.from({ length: 12 }, (_, i) => eventAgo(`o${i}`, 'email_open', 0))
    const contributions = score(opens)
    expect(contributions.map((c) => c.cappedPoints)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0])
    expect(contributions.slice(10).map((c) => c.status)).toEqual(['capped', 'capped'])
  })

  it('applies the cap in event-time order, whatever order the events arrive in', () => {
    const opens = Array.from({ length: 11 }, (_, i) => eventAgo(`o${i}`, 'email_open', 1 - i / 100))
    const contributions = score([...opens].reverse())
    expect(contributions[0]).toMatchObject({ eventId: 'o0', cappedPoints: 3, status: 'counted' })
    expect(contributions.at(-1)).toMatchObject({
      eventId: 'o10',
      cappedPoints: 0,
      status: 'capped',
    })
  })

  it('the window slides: points earned more than 7 days before an event no longer count against it', () => {
    const burst = Array.from({ length: 10 }, (_, i) => eventAgo(`a${i}`, 'email_open', 10))
    const contributions = score([
      ...burst,
      eventAgo('c1', 'email_open', 4),
      eventAgo('b1', 'email_open', 2),
      eventAgo('b2', 'email_open', 1),
    ])
    expect(contributions.slice(10).map((c) => [c.eventId, c.cappedPoints, c.status])).toEqual([
      ['c1', 0, 'capped'],
      ['b1', 3, 'counted'],
      ['b2', 3, 'counted'],
    ])
  })

  it('an event that fills the window earns what is left (partly capped), then decays', () => {
    const capped = testScoreModel({
      engagement: [
        {
          id: 'click',
          event: 'email_click',
          points: 4,
          halfLifeDays: 14,
          cap: { points: 10, periodDays: 7 },
        },
      ],
    })
    const clicks = ['c1', 'c2', 'c3', 'c4'].map((id) => eventAgo(id, 'email_click', 14))
    const contributions = scoreEvents(capped, clicks, scoringNow)
    expect(contributions.map((c) => [c.cappedPoints, c.status, c.points])).toEqual([
      [4, 'counted', 2],
      [4, 'counted', 2],
      [2, 'partly_capped', 1],
      [0, 'capped', 0],
    ])
  })
})

describe('scoreEvents: future events and negative rules', () => {
  it('ignores an event dated after now, and says so', () => {
    const [future] = score([eventAgo('e1', 'demo_request', -1)])
    expect(future).toMatchObject({ ruleId: 'demo', rawPoints: 50, points: 0, status: 'future' })
  })

  it('a future event does not use up the cap', () => {
    const future = Array.from({ length: 10 }, (_, i) => eventAgo(`f${i}`, 'email_open', -1))
    const contributions = score([...future, eventAgo('now', 'email_open', 0)])
    expect(contributions.find((c) => c.eventId === 'now')?.cappedPoints).toBe(3)
  })

  it('an unsubscribe takes 40 points once, in full, however old and however often', () => {
    const contributions = score([
      eventAgo('u1', 'unsubscribe', 400),
      eventAgo('u2', 'unsubscribe', 2),
    ])
    expect(contributions).toHaveLength(1)
    expect(contributions[0]).toMatchObject({
      component: 'engagement',
      ruleKind: 'negative',
      ruleId: 'unsubscribed',
      eventId: 'u1',
      points: -40,
      decayFactor: 1,
    })
  })

  it('a hard bounce takes 50 points; a soft bounce takes none', () => {
    const soft = eventAgo('b1', 'bounce', 1, { properties: { bounceType: 'soft' } })
    const hard = eventAgo('b2', 'bounce', 1, { properties: { bounceType: 'Hard' } })
    expect(score([soft])).toEqual([])
    expect(score([soft, hard]).map((c) => [c.ruleId, c.eventId, c.points])).toEqual([
      ['hard-bounce', 'b2', -50],
    ])
  })

  it('an unsubscribe dated after now does not count yet', () => {
    expect(score([eventAgo('u1', 'unsubscribe', -2)])).toMatchObject([
      { ruleId: 'unsubscribed', points: 0, status: 'future' },
    ])
  })
})
