import { describe, expect, it } from 'vitest'
import { buildAttributionReport, type AttributionFacts } from './build-attribution-report.ts'

const period = { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2024-02-01T00:00:00Z') }
const models = (firstTouch: number, lastTouch: number, linear: number, wShaped: number) => ({
  firstTouch,
  lastTouch,
  linear,
  wShaped,
})
const none = { opportunities: 0, amountCents: 0, sourcedOpportunities: 0, sourcedCents: 0 }

describe('buildAttributionReport', () => {
  const facts: AttributionFacts = {
    pipeline: {
      ...none,
      opportunities: 4,
      amountCents: 1_000,
      sourcedOpportunities: 1,
      sourcedCents: 250,
      influencedOpportunities: 3,
      influencedCents: 800,
    },
    revenue: { ...none, influencedOpportunities: 0, influencedCents: 0 },
    channels: [
      {
        channel: 'email',
        pipelineCents: models(0, 600, 200.4, 240),
        revenueCents: models(0, 0, 0, 0),
      },
      {
        channel: 'webinar',
        pipelineCents: models(800, 200, 599.6, 560),
        revenueCents: models(0, 0, 0, 0),
      },
    ],
  }
  const report = buildAttributionReport(facts, period)

  it('shares pipeline into sourced, influenced and untouched amounts', () => {
    expect(report.pipeline).toMatchObject({
      sourcedShare: { value: 0.25 },
      influencedShare: { value: 0.8 },
      untouchedCents: 200,
    })
  })

  it('ranks channels per model, leaving out a channel the model credits nothing', () => {
    expect(report.models.firstTouch.map((r) => [r.channel, r.pipelineCents])).toEqual([
      ['webinar', 800],
    ])
    expect(report.models.lastTouch.map((r) => [r.channel, r.pipelineShare.value])).toEqual([
      ['email', 0.75],
      ['webinar', 0.25],
    ])
    expect(report.models.linear.map((r) => r.pipelineCents)).toEqual([600, 200])
  })

  it('gives null with a reason where nothing was won or credited', () => {
    expect(report.revenue.influencedShare).toEqual({
      value: null,
      reason: 'no opportunity was won in the period',
    })
    expect(report.models.wShaped[0]?.revenueShare).toEqual({
      value: null,
      reason: 'no revenue was credited',
    })
    expect(report.weights).toEqual({ first: 0.3, lead: 0.3, opportunity: 0.3, between: 0.1 })
  })
})
