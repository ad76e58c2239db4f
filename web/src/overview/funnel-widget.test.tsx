// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { renderForTest } from '../render-for-test.tsx'
import { FunnelWidget } from './funnel-widget.tsx'

let unmount = () => {}
afterEach(() => unmount())

describe('the funnel widget', () => {
  it('shows each stage with its count and trend, and the conversion between stages', async () => {
    const shown = await renderForTest(
      <FunnelWidget
        view={{
          stages: [
            { stage: 'mql', label: 'MQL', count: 3343, previousCount: 1036, change: 2.2268 },
            { stage: 'won', label: 'Won', count: 333, previousCount: 0, change: null },
          ],
          steps: [{ from: 'mql', to: 'won', rate: 0.14, cohort: 3343, reached: 468 }],
        }}
      />,
    )
    unmount = () => {
      shown.unmount()
    }
    const rows = [...shown.container.querySelectorAll('tr[data-stage]')].map((tr) => tr.textContent)
    expect(rows).toEqual(['MQL3,343+222.7% vs previous', 'Won333none in the previous period'])
    const step = shown.container.querySelector('[data-step="mql-won"]')?.textContent
    expect(step).toBe('MQL → Won: 14%468 of the 3,343 who entered MQL in the period')
  })

  it('says why a conversion has no rate', async () => {
    const shown = await renderForTest(
      <FunnelWidget
        view={{
          stages: [
            { stage: 'sal', label: 'SAL', count: 4, previousCount: null, change: null },
            { stage: 'won', label: 'Won', count: 1, previousCount: null, change: null },
          ],
          steps: [
            { from: 'sal', to: 'won', rate: null, cohort: 0, reached: 0, reason: 'not reported' },
          ],
        }}
      />,
    )
    unmount = () => {
      shown.unmount()
    }
    expect(shown.container.querySelector('[data-step="sal-won"]')?.textContent).toBe(
      'SAL → Won: n/anot reported',
    )
    expect(shown.container.textContent).not.toContain('vs previous')
  })
})
