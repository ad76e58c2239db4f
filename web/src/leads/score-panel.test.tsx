// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import type { ScoreExplanation } from '../api/api-types.ts'
import { renderForTest } from '../render-for-test.tsx'
import { ScorePanel } from './score-panel.tsx'

let unmount = () => {}
afterEach(() => unmount())

const contribution = (
  ruleId: string,
  points: number,
  extra: Partial<ScoreExplanation['contributions'][number]> = {},
) => ({
  component: 'engagement' as const,
  ruleKind: 'engagement' as const,
  ruleId,
  rawPoints: points,
  cappedPoints: points,
  decayFactor: 1,
  points,
  status: 'counted' as const,
  ...extra,
})

const score: ScoreExplanation = {
  personId: '00b2c57b-6628-4349-b14d-e0b3bc6f123e',
  modelVersion: 2,
  scoredAt: '2026-12-01T00:00:00.000Z',
  at: '2026-12-02T00:00:00.000Z',
  fit: 20,
  engagement: 42.5,
  intent: 0,
  total: 62.5,
  band: { fit: 'A', engagement: '2', name: 'A2' },
  contributions: [
    contribution('webinar', 12.5, {
      eventType: 'webinar_attended',
      occurredAt: '2026-11-20T10:00:00.000Z',
      status: 'partly_capped',
    }),
    contribution('title-vp', 20, { component: 'fit', ruleKind: 'fit' }),
    contribution('pricing-page', 30, { eventType: 'page_view' }),
  ],
}

describe('the score explanation', () => {
  it('shows the total and band, and every rule by the points it added, largest first', async () => {
    const shown = await renderForTest(<ScorePanel score={score} />)
    unmount = () => {
      shown.unmount()
    }
    expect(shown.container.querySelector('[aria-label="Score"]')?.textContent).toBe('62.5')
    expect(shown.container.textContent).toContain('A2')
    const rows = [...shown.container.querySelectorAll('tbody tr')].map((tr) => tr.textContent)
    expect(rows).toEqual([
      'pricing-page engagementpage view+30',
      'title-vp fit—+20',
      'webinar engagement · partly cappedwebinar attended, 2026-11-20+12.5',
    ])
  })

  it('says so when no rule applies', async () => {
    const shown = await renderForTest(
      <ScorePanel score={{ ...score, total: 0, contributions: [] }} />,
    )
    unmount = () => {
      shown.unmount()
    }
    expect(shown.container.textContent).toContain('No rule of the live model applies')
  })
})
